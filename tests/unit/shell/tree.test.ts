import type * as PageTree from 'fumadocs-core/page-tree';
import { describe, expect, it } from 'vitest';
import { folderContains, nameText, sameUrl } from '@/lib/shell/tree';
import { source } from '@/lib/source';

const page = (url: string): PageTree.Item => ({ type: 'page', name: url, url });
const roles: PageTree.Folder = {
  type: 'folder',
  name: 'Roles',
  index: page('/docs/roles'),
  children: [page('/docs/roles/lead'), { type: 'folder', name: 'More', children: [page('/docs/roles/more/deep')] }],
};

describe('which sidebar folders render open', () => {
  it('a folder holding the page, its own page, or a page in a folder inside', () => {
    expect(folderContains(roles, '/docs/roles')).toBe(true);
    expect(folderContains(roles, '/docs/roles/lead')).toBe(true);
    expect(folderContains(roles, '/docs/roles/more/deep')).toBe(true);
    expect(folderContains(roles, '/docs/process')).toBe(false);
    expect(folderContains(roles, '/docs/roles/le')).toBe(false);
  });

  it('compares addresses without a trailing slash or a fragment', () => {
    expect(sameUrl('/docs/roles/', '/docs/roles')).toBe(true);
    expect(sameUrl('/docs/roles#x', '/docs/roles')).toBe(true);
    expect(sameUrl('/', '/')).toBe(true);
    expect(sameUrl('/docs/role', '/docs/roles')).toBe(false);
  });

  it('on the real tree, exactly the folders leading to the growth framework page are open', () => {
    const open: string[] = [];
    const walk = (nodes: PageTree.Node[]) => {
      for (const n of nodes)
        if (n.type === 'folder') {
          if (folderContains(n, '/docs/sop/growth-framework')) open.push(nameText(n.name));
          walk(n.children);
        }
    };
    walk(source.getPageTree().children);
    expect(open).toEqual(['Lead & Associate SOP']);
  });
});
