import { site } from '@/lib/site';

/**
 * Only on paper: the page's title, its full address and its date, repeated at the top of every
 * printed sheet (a table header group in print media, which Chromium repeats on each page), so a loose
 * sheet still says what it is and which version it shows.
 */
export function PrintHeader({ title, url, date }: { title: string; url: string; date?: string }) {
  return (
    <div className="print-header" aria-hidden="true">
      <div className="print-header-row">
        <span className="print-header-title">{title}</span>
        <span className="print-header-meta">
          {new URL(url, site.url).href}
          {date ? ` · ${date}` : null}
        </span>
      </div>
    </div>
  );
}
