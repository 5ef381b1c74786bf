import type { Node as PageTreeNode } from 'fumadocs-core/page-tree';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { source } from '@/lib/source';
import { launchBrowser } from '../../scripts/lib/browser.mjs';
import { axeViolations, baseURL, type Theme, visit } from './helpers';

const docPaths = source.getPages().map((p) => p.url);
const allPaths = ['/', ...docPaths];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('every page', () => {
  it.each(['light', 'dark'] as Theme[])('the 404 page has no axe violations in %s theme', async (theme) => {
    const v = await visit(browser, '/docs/no-such-page', { theme });
    expect(await axeViolations(v.page)).toEqual([]);
    await v.page.close();
  });

  it('an unknown address gets the 404 page with a way back', async () => {
    const v = await visit(browser, '/docs/no-such-page');
    expect(v.status).toBe(404);
    expect(await v.page.locator('h1').textContent()).toBe('Page not found');
    expect(await v.page.getByRole('link', { name: 'Start here' }).getAttribute('href')).toBe('/docs');
    await v.page.close();
  });
});

describe('navigation', () => {
  it('the sidebar reaches every page', { timeout: 240_000 }, async () => {
    // A folder's links show in the sidebar on the pages inside it, so visiting each folder's own page
    // (and opening any folder without one) shows every link there is.
    const folderPages = ['/docs'];
    const walk = (nodes: PageTreeNode[]) => {
      for (const node of nodes) {
        if (node.type !== 'folder') continue;
        if (node.index) folderPages.push(node.index.url);
        walk(node.children);
      }
    };
    walk(source.getPageTree().children);
    const reached = new Set<string>();
    const { page } = await visit(browser, '/docs');
    for (const path of folderPages) {
      await page.goto(baseURL() + path, { waitUntil: 'load' });
      const sidebar = page.locator('#nd-sidebar');
      await sidebar.locator('a').first().waitFor();
      // Open every collapsed folder, so the links inside it show.
      for (let i = 0; i < 20; i++) {
        const closed = sidebar.locator('details:not([open]) > summary');
        if ((await closed.count()) === 0) break;
        await closed.first().click();
      }
      // Only the links a reader can see count.
      const hrefs = await sidebar
        .locator('a[href^="/docs"]')
        .evaluateAll((as) => as.filter((a) => a.checkVisibility()).map((a) => a.getAttribute('href')));
      for (const href of hrefs) if (href) reached.add(href.split('#')[0]);
    }
    await page.close();
    expect(folderPages.length).toBeGreaterThan(5);
    expect([...docPaths].filter((p) => !reached.has(p))).toEqual([]);
  });

  it('a docs page has breadcrumbs, a table of contents and previous/next links', async () => {
    const v = await visit(browser, '/docs/sop/growth-framework');
    const { page } = v;
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    expect(await crumbs.getByRole('link', { name: 'Lead & Associate SOP' }).getAttribute('href')).toBe('/docs/sop');
    expect(await crumbs.locator('[aria-current="page"]').textContent()).toBe('Growth framework');
    expect(await page.locator('#nd-toc a[href="#skill-stages"]').count()).toBe(1);
    const footerLinks = page
      .locator('#nd-page a[href^="/docs/sop/"]')
      .filter({ hasText: /Customer delivery|Lead role/ });
    expect(await footerLinks.count()).toBeGreaterThanOrEqual(2);
    await page.close();
  });
});

describe('search', () => {
  it('finds "Co-Presenter" on the growth framework and customer delivery pages, from the dialog', async () => {
    const v = await visit(browser, '/docs');
    const { page } = v;
    const before = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(
      before.some((u) => u.includes('/api/search')),
      'search index loaded before the dialog opened',
    ).toBe(false);
    await page
      .getByRole('button', { name: /search/i })
      .first()
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Search the handbook' }).fill('Co-Presenter');
    const pageResults = dialog.locator('button[aria-selected] .font-medium > p');
    await expect
      .poll(() => pageResults.allTextContents(), { timeout: 15_000 })
      .toEqual(expect.arrayContaining(['Growth framework', 'Step 6: Customer delivery']));
    await pageResults.filter({ hasText: /^Step 6: Customer delivery$/ }).click();
    await page.waitForURL('**/docs/sop/process/customer-delivery');
    expect(v.consoleErrors).toEqual([]);
    await page.close();
  });
});

describe('search finds every page by its title', () => {
  it('from one open dialog, each title brings up its page', async () => {
    const { page } = await visit(browser, '/docs');
    await page
      .getByRole('button', { name: /search/i })
      .first()
      .click();
    const input = page.getByRole('dialog').getByRole('textbox', { name: 'Search the handbook' });
    const titles = page.getByRole('dialog').locator('button[aria-selected] .font-medium > p');
    const missing: string[] = [];
    for (const doc of source.getPages()) {
      await input.fill(doc.data.title);
      try {
        await expect
          .poll(() => titles.allTextContents(), { timeout: 10_000 })
          .toEqual(expect.arrayContaining([doc.data.title]));
      } catch {
        missing.push(doc.data.title);
      }
    }
    expect(missing).toEqual([]);
    await page.close();
  });
});

describe('accessibility (axe, WCAG 2.2 A/AA)', () => {
  it.each(['light', 'dark'] as Theme[])('the open mobile sidebar in %s theme', async (theme) => {
    const { page } = await visit(browser, '/docs/sop/independent-leader', { theme, width: 390 });
    await page.getByRole('button', { name: 'Open Sidebar' }).click();
    // The drawer slides in; axe reads colours as painted, so wait until it has stopped moving.
    await page.getByRole('link', { name: 'Lead-Optional Call Readiness' }).last().waitFor({ state: 'visible' });
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it.each(['light', 'dark'] as Theme[])(
    'the open search dialog, with results and with none, in %s theme',
    async (theme) => {
      const { page } = await visit(browser, '/docs/sop/growth-framework', { theme, width: 390 });
      await page
        .getByRole('button', { name: /search/i })
        .first()
        .click();
      const input = page.getByRole('dialog').getByRole('textbox', { name: 'Search the handbook' });
      await input.fill('Lead');
      await expect.poll(() => page.getByRole('option').count(), { timeout: 15_000 }).toBeGreaterThan(3);
      expect(await axeViolations(page)).toEqual([]);
      await input.fill('zzzqqq');
      await expect.poll(() => page.getByRole('dialog').getByText('No results found').count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
  );

  // One context per theme and width, reused from page to page: a fresh one per visit made this suite
  // take a quarter of an hour.
  // Every page in light and dark on a desktop, and in light on a phone. Dark on a phone adds only the
  // phone's own chrome in dark colours, so one page of each kind covers it, and npm test keeps under
  // fifteen minutes on two cores.
  const pageOfEachKind = [
    '/',
    '/docs',
    '/docs/sop/growth-framework',
    '/docs/sop/process/customer-delivery',
    '/docs/sop/independent-leader',
    '/docs/sop/independent-leader/assessment',
    '/docs/sop/independent-leader/proposal',
  ];
  const combos = [
    ['every page', 'light', 1280, allPaths],
    ['every page', 'dark', 1280, allPaths],
    ['every page', 'light', 390, allPaths],
    ['a page of each kind', 'dark', 390, pageOfEachKind],
  ] as const;
  // Page after page in one context per theme and width; the report names the page.
  it.each(combos)(
    '%s in %s theme at %i px: no axe violations, no errors, nothing fetched from elsewhere',
    { timeout: 600_000 },
    async (_which, theme, width, paths) => {
      const context = await browser.newContext({ colorScheme: theme, viewport: { width, height: 900 } });
      const page = await context.newPage();
      const origin = new URL(baseURL()).origin;
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('request', (r) => {
        const url = new URL(r.url());
        if (url.protocol.startsWith('http') && url.origin !== origin) errors.push(`request to ${r.url()}`);
      });
      await page.addInitScript((t) => localStorage.setItem('theme', t), theme);
      const problems: Record<string, string[]> = {};
      for (const path of paths) {
        const found: string[] = [];
        errors.length = 0;
        const response = await page.goto(baseURL() + path, { waitUntil: 'load' });
        if (response?.status() !== 200) found.push(`status ${response?.status()}`);
        // axe reads colours as they are painted: let entrance transitions finish first.
        await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
        if (!(await page.evaluate(() => document.documentElement.className)).includes(theme))
          found.push('theme not applied');
        if (theme === 'light' && width === 1280) {
          // What every page owes its reader: a heading, its own title and description, an icon.
          if (!(await page.locator('h1').first().isVisible())) found.push('no visible h1');
          const doc = source.getPages().find((p) => p.url === path);
          if (doc && !(await page.title()).includes(doc.data.title)) found.push('title');
          const description = await page.locator('meta[name="description"]').getAttribute('content');
          if (doc && description !== doc.data.description) found.push('description');
          if ((await page.locator('link[rel="icon"]').count()) === 0) found.push('no icon');
        }
        found.push(...(await axeViolations(page)));
        found.push(...errors);
        if (found.length) problems[path] = found;
      }
      await context.close();
      expect(problems).toEqual({});
    },
  );
});

it('serves from a local origin', () => {
  expect(baseURL()).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
});

describe('what a static host and a crawler expect', () => {
  it('sitemap.xml lists every page at the canonical origin, and robots.txt points to it', async () => {
    const { page } = await visit(browser, '/docs', { javaScript: false });
    const sitemap = await (await page.request.get(`${baseURL()}/sitemap.xml`)).text();
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
    expect(listed.sort()).toEqual([...allPaths].sort());
    const robots = await (await page.request.get(`${baseURL()}/robots.txt`)).text();
    expect(robots).toMatch(/Sitemap: http.*\/sitemap\.xml/);
    await page.close();
  });

  it('a page carries its title and description as Open Graph metadata', async () => {
    const { page } = await visit(browser, '/docs/sop/growth-framework', { javaScript: false });
    const doc = source.getPages().find((p) => p.url === '/docs/sop/growth-framework');
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(doc?.data.title);
    expect(await page.locator('meta[property="og:description"]').getAttribute('content')).toBe(doc?.data.description);
    await page.close();
  });
});
