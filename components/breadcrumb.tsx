import { getBreadcrumbItems } from 'fumadocs-core/breadcrumb';
import type * as PageTree from 'fumadocs-core/page-tree';
import { Fragment } from 'react';

/** A breadcrumb that is announced as navigation and links every level that has a page. */
export function Breadcrumb({ url, tree }: { url: string; tree: PageTree.Root }) {
  const items = getBreadcrumbItems(url, tree, { includePage: true });
  if (items.length < 2) return null;
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-fd-muted-foreground">
      <ol className="flex flex-wrap items-center gap-1.5">
        {items.map((item, i) => {
          const last = i === items.length - 1;
          return (
            <Fragment key={item.url ?? i}>
              <li className="truncate">
                {item.url && !last ? (
                  <a href={item.url} className="hover:text-fd-foreground hover:underline">
                    {item.name}
                  </a>
                ) : (
                  <span
                    aria-current={last ? 'page' : undefined}
                    className={last ? 'font-medium text-fd-foreground' : ''}
                  >
                    {item.name}
                  </span>
                )}
              </li>
              {last ? null : (
                <li aria-hidden="true" className="select-none">
                  /
                </li>
              )}
            </Fragment>
          );
        })}
      </ol>
    </nav>
  );
}
