import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { source } from '@/lib/source';

const contentDir = 'content/docs';
const pages = source.getPages();
const urls = new Set(pages.map((p) => p.url));

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return filesUnder(full, ext);
    return e.name.endsWith(ext) ? [full] : [];
  });
}

/** Headings as Fumadocs slugs them, so a #fragment can be checked against the target page. */
function headingIds(mdx: string): Set<string> {
  const ids = new Set<string>();
  for (const m of mdx.matchAll(/^#{2,6}\s+(.+)$/gm)) {
    ids.add(
      m[1]
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s-]/gu, '')
        .replace(/\s/g, '-'),
    );
  }
  for (const m of mdx.matchAll(/\bid="([^"]+)"/g)) ids.add(m[1]);
  return ids;
}

const rawByUrl = new Map(pages.map((p) => [p.url, readFileSync(join(contentDir, p.path), 'utf8')]));

describe('the docs source', () => {
  it('has the pages the contract names', () => {
    for (const url of [
      '/docs/sop/growth-framework',
      '/docs/sop/process/customer-delivery',
      '/docs/sop/roles/lead',
      '/docs/sop/roles/associate',
    ]) {
      expect(urls, url).toContain(url);
    }
  });

  it.each(pages.map((p) => [p.url, p] as const))('%s has a title and a description', (_url, page) => {
    expect(page.data.title?.trim()).toBeTruthy();
    expect(page.data.description?.trim().length).toBeGreaterThan(20);
  });

  it('every page is a file that exists under content/docs', () => {
    const files = new Set(filesUnder(contentDir, '.mdx').map((f) => relative(contentDir, f)));
    expect(new Set(pages.map((p) => p.path))).toEqual(files);
  });
});

describe('internal links in the MDX', () => {
  const links = pages.flatMap((page) =>
    [...(rawByUrl.get(page.url) ?? '').matchAll(/\]\((\/[^)\s]*)\)|href="(\/[^"]*)"/g)].map(
      (m) => [page.url, m[1] ?? m[2]] as const,
    ),
  );

  it('there are links to check', () => {
    expect(links.length).toBeGreaterThan(20);
  });

  it.each(links)('%s links to %s, which exists', (_from, href) => {
    const [path, fragment] = href.split('#');
    expect(urls.has(path), `no page at ${path}`).toBe(true);
    if (fragment) {
      expect(headingIds(rawByUrl.get(path) ?? ''), `no #${fragment} on ${path}`).toContain(fragment);
    }
  });
});

describe('tables', () => {
  // An empty header cell leaves its column's data cells with no header (axe/Lighthouse td-has-header).
  it.each(pages.map((p) => [p.url] as const))('%s names every table column', (url) => {
    const lines = (rawByUrl.get(url) ?? '').split('\n');
    const empty = lines
      .filter((line, i) => /^\|\s*:?-{3,}/.test(lines[i + 1] ?? '') && line.startsWith('|'))
      .filter((header) =>
        header
          .split('|')
          .slice(1, -1)
          .some((cell) => cell.trim() === ''),
      );
    expect(empty).toEqual([]);
  });
});

describe('meta.json navigation', () => {
  const metas = filesUnder(contentDir, 'meta.json');

  it.each(metas)('%s names only real pages and folders', (metaPath) => {
    const dir = metaPath.slice(0, -'meta.json'.length);
    const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as { pages?: string[] };
    expect(meta.pages?.length).toBeGreaterThan(0);
    const entries = readdirSync(dir, { withFileTypes: true });
    for (const name of meta.pages ?? []) {
      if (name.startsWith('---') || name === '...') continue;
      const isPage = entries.some((e) => e.isFile() && e.name === `${name}.mdx`);
      const isFolder = entries.some((e) => e.isDirectory() && e.name === name);
      expect(isPage || isFolder, `${metaPath} names "${name}", which is neither a page nor a folder`).toBe(true);
    }
  });

  it('every page appears in the sidebar tree', () => {
    const inTree = new Set<string>();
    const walk = (nodes: ReturnType<typeof source.getPageTree>['children']) => {
      for (const node of nodes) {
        if (node.type === 'page') inTree.add(node.url);
        if (node.type === 'folder') {
          if (node.index) inTree.add(node.index.url);
          walk(node.children);
        }
      }
    };
    walk(source.getPageTree().children);
    expect([...urls].filter((u) => !inTree.has(u))).toEqual([]);
  });
});
