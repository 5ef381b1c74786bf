import type * as PageTree from 'fumadocs-core/page-tree';

/**
 * The docs shell's navigation, worked out on the server from fumadocs-core's page tree: which
 * folders lead to the current page (so they render open). Plain data, no React.
 */

/** Compares addresses the way a reader sees them: no trailing slash, no fragment. */
export function sameUrl(a: string, b: string): boolean {
  const clean = (u: string) => u.split('#')[0].replace(/(.)\/+$/, '$1');
  return clean(a) === clean(b);
}

/** True when the folder holds the page at `url` (as its own page or anywhere inside). */
export function folderContains(folder: PageTree.Folder, url: string): boolean {
  if (folder.index && sameUrl(folder.index.url, url)) return true;
  return folder.children.some((child) => {
    if (child.type === 'page') return sameUrl(child.url, url);
    if (child.type === 'folder') return folderContains(child, url);
    return false;
  });
}

/** The text a node's name holds, for labels that must be plain strings (aria-label). */
export function nameText(name: PageTree.Node['name']): string {
  if (typeof name === 'string' || typeof name === 'number') return String(name);
  return '';
}
