import type * as PageTree from 'fumadocs-core/page-tree';
import { ChevronDown } from 'lucide-react';
import type { ReactNode } from 'react';
import { folderContains, nameText, sameUrl } from '@/lib/shell/tree';
import { cx, itemOffset, sidebarButton, sidebarLink } from './styles';

/**
 * The page tree as server HTML. Folders are <details>, so they open and close with no JavaScript;
 * a folder holding the current page renders open, and the current page carries aria-current.
 */
export function SidebarTree({ tree, url }: { tree: PageTree.Root; url: string }) {
  return <Nodes nodes={tree.children} url={url} depth={0} />;
}

function Nodes({ nodes, url, depth }: { nodes: PageTree.Node[]; url: string; depth: number }) {
  return nodes.map((node, i) => {
    const key = node.$id ?? `${depth}-${i}`;
    if (node.type === 'separator')
      return (
        <p
          key={key}
          className={cx(
            'inline-flex items-center gap-2 mb-1 px-2 mt-6 empty:mb-0 [&_svg]:size-4 [&_svg]:shrink-0',
            depth === 0 && 'first:mt-0',
          )}
          style={{ paddingInlineStart: itemOffset(depth) }}
        >
          {node.icon}
          {node.name}
        </p>
      );
    if (node.type === 'folder') return <Folder key={key} folder={node} url={url} depth={depth + 1} />;
    return (
      <PageLink key={key} href={node.url} active={sameUrl(node.url, url)} highlight={depth >= 1} depth={depth}>
        {node.icon}
        {node.name}
      </PageLink>
    );
  });
}

function PageLink({
  href,
  active,
  highlight,
  depth,
  className,
  children,
}: {
  href: string;
  active: boolean;
  highlight: boolean;
  depth: number;
  className?: string;
  children: ReactNode;
}) {
  return (
    <a
      href={href}
      data-active={active}
      aria-current={active ? 'page' : undefined}
      className={cx(sidebarLink(highlight), className)}
      style={{ paddingInlineStart: itemOffset(depth) }}
    >
      {children}
    </a>
  );
}

const chevron = 'ms-auto transition-transform -rotate-90 [details[open]>summary>&]:rotate-0';
const summaryReset = 'list-none cursor-pointer [&::-webkit-details-marker]:hidden';

function Folder({ folder, url, depth }: { folder: PageTree.Folder; url: string; depth: number }) {
  const open = folderContains(folder, url);
  const content = (
    <div
      className={cx(
        'relative',
        depth === 1 &&
          "before:content-[''] before:absolute before:w-px before:inset-y-1 before:bg-fd-border before:inset-s-2.5",
      )}
    >
      <div className="flex flex-col gap-0.5 pt-0.5">
        <Nodes nodes={folder.children} url={url} depth={depth} />
      </div>
    </div>
  );
  const name = nameText(folder.name);

  // A folder with a page of its own: the name is a link to that page, and a separate toggle beside
  // it (the <summary>) shows or hides what the folder holds. A link inside a <summary> would be an
  // interactive control nested in a button.
  if (folder.index) {
    const active = sameUrl(folder.index.url, url);
    return (
      <div className="relative" data-folder="">
        <PageLink
          href={folder.index.url}
          active={active}
          highlight={depth > 1}
          depth={depth - 1}
          className="w-full pe-9"
        >
          {folder.icon}
          {folder.name}
        </PageLink>
        <details open={open}>
          <summary
            aria-label={name ? `${name}: pages in this section` : undefined}
            className={cx(
              summaryReset,
              'absolute top-0 end-0 flex h-9 w-9 items-center justify-center rounded-lg text-fd-muted-foreground hover:bg-fd-accent/50 hover:text-fd-accent-foreground/80 [&_svg]:size-4',
            )}
          >
            <ChevronDown aria-hidden="true" className={chevron} />
          </summary>
          {content}
        </details>
      </div>
    );
  }

  return (
    <details open={open} data-folder="">
      <summary
        className={cx(summaryReset, sidebarButton, 'w-full')}
        style={{ paddingInlineStart: itemOffset(depth - 1) }}
      >
        {folder.icon}
        {folder.name}
        <ChevronDown aria-hidden="true" className={chevron} />
      </summary>
      {content}
    </details>
  );
}
