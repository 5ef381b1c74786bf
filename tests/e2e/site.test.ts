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
  it('the sidebar reaches every page', async () => {
    const reached = new Set<string>();
    const queue = ['/docs'];
    while (queue.length > 0) {
      const path = queue.shift() as string;
      if (reached.has(path)) continue;
      reached.add(path);
      const v = await visit(browser, path);
      const sidebar = v.page.locator('#nd-sidebar');
      // Open every collapsed folder so the links inside it render.
      for (let i = 0; i < 10; i++) {
        const closed = sidebar.locator('button[aria-expanded="false"]');
        if ((await closed.count()) === 0) break;
        await closed.first().click();
      }
      const hrefs = await sidebar
        .locator('a[href^="/docs"]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      for (const href of hrefs) if (href && !reached.has(href)) queue.push(href.split('#')[0]);
      await v.page.close();
    }
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
    await page.waitForTimeout(400); // the drawer slides in
    expect(await page.getByRole('link', { name: 'Lead-Optional Call Readiness' }).last().isVisible()).toBe(true);
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

  const cases = allPaths.flatMap((path) =>
    (['light', 'dark'] as Theme[]).flatMap((theme) => [1280, 390].map((width) => [path, theme, width] as const)),
  );
  // One visit per page, theme and width; the first of each page's four also checks what every page owes
  // its reader (200, its own title and description, no errors, nothing fetched from another origin).
  it.each(cases)('%s in %s theme at %i px has no violations', async (path, theme, width) => {
    const v = await visit(browser, path, { theme, width });
    expect(await v.page.evaluate(() => document.documentElement.className)).toContain(theme);
    if (theme === 'light' && width === 1280) {
      expect(v.status).toBe(200);
      expect(await v.page.locator('h1').first().isVisible()).toBe(true);
      const page = source.getPages().find((p) => p.url === path);
      if (page) {
        expect(await v.page.title()).toContain(page.data.title);
        expect(await v.page.locator('meta[name="description"]').getAttribute('content')).toBe(page.data.description);
      }
      expect(await v.page.locator('link[rel="icon"]').count()).toBeGreaterThan(0);
    }
    expect(await axeViolations(v.page)).toEqual([]);
    expect(v.consoleErrors).toEqual([]);
    expect(v.pageErrors).toEqual([]);
    expect(v.foreignRequests).toEqual([]);
    await v.page.close();
  });
});

it('serves from a local origin', () => {
  expect(baseURL()).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
});
