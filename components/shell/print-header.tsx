import { site } from '@/lib/site';

/**
 * A CSS string literal holding `text`: quotes, backslashes and line breaks escaped, and "<" as a CSS
 * escape, so no text can close the <style> element it sits in.
 */
export function cssString(text: string): string {
  return `"${text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/</g, '\\3c ')
    .replace(/[\n\r\f]/g, ' ')}"`;
}

/** The margin boxes that put a page's title, address and date at the top of every printed sheet. */
export function printHeaderCss({ title, url, date }: { title: string; url: string; date?: string }): string {
  const where = new URL(url, site.url).href;
  const right = date ? `${where} · ${date}` : where;
  return `@media print{@page{@top-left{content:${cssString(title)}}@top-right{content:${cssString(right)}}}}`;
}

/**
 * Only on paper: the page's title, its full address and its date at the top of every printed sheet,
 * so a loose sheet still says what it is and which version it shows. Chromium draws @page margin
 * boxes with fixed text; this page's text is fixed at build time, so each page writes its own.
 */
export function PrintHeader(props: { title: string; url: string; date?: string }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: CSS built from our own page data, strings escaped by cssString
  return <style dangerouslySetInnerHTML={{ __html: printHeaderCss(props) }} />;
}
