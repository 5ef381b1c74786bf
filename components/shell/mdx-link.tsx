import type { ComponentProps } from 'react';

/**
 * Links in the handbook's prose, as plain anchors: a page load per click is fast on a static site,
 * and no router code or viewport prefetching is needed. Links off the site open in a new tab.
 */
export function MdxLink({ href = '#', ...props }: ComponentProps<'a'>) {
  const external = /^\w+:/.test(href) || href.startsWith('//');
  if (external) return <a href={href} rel="noreferrer noopener" target="_blank" {...props} />;
  return <a href={href} {...props} />;
}
