import type * as PageTree from 'fumadocs-core/page-tree';
import { findNeighbour } from 'fumadocs-core/page-tree';
import { ChevronLeft, ChevronRight } from 'lucide-react';
import { cx } from './styles';

/** Previous and next page in sidebar order, as plain links. */
export function PageFooter({ tree, url }: { tree: PageTree.Root; url: string }) {
  const { previous, next } = findNeighbour(tree, url);
  if (!previous && !next) return null;
  return (
    <nav
      aria-label="Previous and next page"
      className={cx('@container grid gap-4', previous && next ? 'grid-cols-2' : 'grid-cols-1')}
    >
      {previous ? <Item item={previous} next={false} /> : null}
      {next ? <Item item={next} next /> : null}
    </nav>
  );
}

function Item({ item, next }: { item: PageTree.Item; next: boolean }) {
  const Icon = next ? ChevronRight : ChevronLeft;
  return (
    <a
      href={item.url}
      rel={next ? 'next' : 'prev'}
      className={cx(
        'flex flex-col gap-2 rounded-lg border p-4 text-sm transition-colors hover:bg-fd-accent/80 hover:text-fd-accent-foreground @max-lg:col-span-full',
        next && 'text-end',
      )}
    >
      <span className={cx('inline-flex items-center gap-1.5 font-medium', next && 'flex-row-reverse')}>
        <Icon aria-hidden="true" className="-mx-1 size-4 shrink-0 rtl:rotate-180" />
        <span>{item.name}</span>
      </span>
      <span className="text-fd-muted-foreground truncate">
        {item.description ?? (next ? 'Next Page' : 'Previous Page')}
      </span>
    </a>
  );
}
