import { Link as LinkIcon } from 'lucide-react';
import type { ComponentProps } from 'react';
import { cx } from './styles';

type Level = 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

/**
 * A heading with its anchor link, as server HTML: the heading text links to itself, and a link icon
 * shows on hover. (fumadocs-ui's Heading is a client component with a copy button; every heading
 * hydrated on every page.)
 */
export function Heading({ as: As, className, children, ...props }: ComponentProps<Level> & { as: Level }) {
  if (!props.id)
    return (
      <As className={className} {...props}>
        {children}
      </As>
    );
  return (
    <As {...props} className={cx('group/heading flex scroll-m-28 flex-row items-center gap-1', className)}>
      <a data-card="" href={`#${props.id}`} className="peer">
        {children}
      </a>
      <LinkIcon
        aria-hidden="true"
        className="not-prose size-3.5 shrink-0 text-fd-muted-foreground opacity-0 transition-opacity group-hover/heading:opacity-100 peer-focus-visible:opacity-100"
      />
    </As>
  );
}
