import type { TOCItemType } from 'fumadocs-core/toc';
import { ChevronDown, Text } from 'lucide-react';
import { cx } from './styles';

// Indentation and guide-line positions by heading depth, as fumadocs-ui draws them.
const itemOffset = (depth: number) => (depth <= 2 ? 20 : depth === 3 ? 32 : 44);
const lineOffset = (depth: number) => (depth <= 2 ? 8 : depth === 3 ? 16 : 24);

function Items({ items }: { items: TOCItemType[] }) {
  return (
    <div className="relative flex flex-col">
      {items.map((item, i) => {
        const l0 = lineOffset(items[i - 1]?.depth ?? item.depth);
        const l1 = lineOffset(item.depth);
        const l2 = lineOffset(items[i + 1]?.depth ?? item.depth);
        return (
          <a
            key={item.url}
            href={item.url}
            className={cx(
              'prose relative py-1.5 text-sm scroll-m-4 text-fd-muted-foreground hover:text-fd-accent-foreground transition-colors wrap-anywhere data-[active=true]:text-fd-primary',
              i === 0 && 'pt-0',
              i === items.length - 1 && 'pb-0',
            )}
            style={{ paddingInlineStart: itemOffset(item.depth) }}
          >
            <svg
              aria-hidden="true"
              xmlns="http://www.w3.org/2000/svg"
              className={cx(
                'absolute -top-1.5 inset-s-0 bottom-0 h-[calc(100%+--spacing(1.5))] -z-1 rtl:-scale-x-100',
                l1 !== l2 && 'h-full bottom-1.5',
              )}
              style={{ width: Math.max(l0, l1) + 9 }}
            >
              {l0 !== l1 ? (
                <path
                  d={`M ${l0 + 0.5} 0 C ${l0 + 0.5} 8 ${l1 + 0.5} 4 ${l1 + 0.5} 12`}
                  strokeWidth="1"
                  fill="none"
                  className="stroke-fd-foreground/10"
                />
              ) : null}
              <line
                x1={l1 + 0.5}
                y1={l0 !== l1 ? 12 : 6}
                x2={l1 + 0.5}
                y2="100%"
                strokeWidth="1"
                className="stroke-fd-foreground/10"
              />
            </svg>
            {item.title}
          </a>
        );
      })}
    </div>
  );
}

const scrollArea =
  'relative min-h-0 text-sm ms-px overflow-auto overscroll-contain [scrollbar-width:none] mask-[linear-gradient(to_bottom,transparent,white_16px,white_calc(100%-16px),transparent)] py-3';

/** The table of contents in the right-hand column, on wide screens. */
export function Toc({ items }: { items: TOCItemType[] }) {
  if (items.length === 0) return null;
  return (
    <nav
      id="nd-toc"
      aria-labelledby="toc-title"
      className="sticky top-(--fd-docs-row-1) h-[calc(var(--fd-docs-height)-var(--fd-docs-row-1))] flex flex-col [grid-area:toc] w-(--fd-toc-width) pt-12 pe-4 pb-2 max-xl:hidden"
    >
      <h2 id="toc-title" className="inline-flex items-center gap-1.5 text-sm text-fd-muted-foreground">
        <Text aria-hidden="true" className="size-4" />
        On this page
      </h2>
      <div className={scrollArea}>
        <Items items={items} />
      </div>
    </nav>
  );
}

/**
 * The same contents under the header on narrower screens: a <details>, so it opens and closes
 * without JavaScript. (The page script, page-behaviour.ts, closes it after a jump.)
 */
export function TocPopover({ items, title }: { items: TOCItemType[]; title: string }) {
  if (items.length === 0) return null;
  return (
    <div
      data-toc-compact=""
      className="sticky top-(--fd-docs-row-2) z-10 [grid-area:toc-popover] h-(--fd-toc-popover-height) xl:hidden"
    >
      <details className="group/toc border-b transition-colors bg-fd-background open:shadow-lg">
        <summary
          aria-label={`On this page: ${title}`}
          data-toc-compact-trigger=""
          className="flex w-full h-10 items-center text-sm text-fd-muted-foreground gap-2.5 px-4 py-2.5 text-start list-none cursor-pointer [&::-webkit-details-marker]:hidden [&_svg]:size-4 md:px-6"
        >
          <svg aria-hidden="true" viewBox="0 0 18 18" style={{ width: 18, height: 18 }} className="shrink-0">
            <circle cx="9" cy="9" r="7.5" fill="none" strokeWidth="1.5" className="stroke-current/25" />
          </svg>
          <span className="flex-1 truncate group-open/toc:text-fd-foreground">{title}</span>
          <ChevronDown aria-hidden="true" className="shrink-0 transition-transform mx-0.5 group-open/toc:rotate-180" />
        </summary>
        <div data-toc-compact-content="" className="flex flex-col px-4 max-h-[50vh] md:px-6">
          <div className={scrollArea}>
            <Items items={items} />
          </div>
        </div>
      </details>
    </div>
  );
}
