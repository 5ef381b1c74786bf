// The server-rendered docs shell: what works without JavaScript, the phone drawer, the theme at
// first paint, what a content page loads, and what a printed page carries.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { site } from '@/lib/site';
import { launchBrowser } from '../../scripts/lib/browser.mjs';
import { selfCheckReady } from '../../scripts/lib/self-check.mjs';
import { baseURL, visit } from './helpers';
import { pdfPageTexts } from './pdf';

const GROWTH = '/docs/sop/growth-framework';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the sidebar without JavaScript', () => {
  it('folders open and close, the current page is marked and its folder open', async () => {
    const { page } = await visit(browser, GROWTH, { javaScript: false });
    const sidebar = page.locator('#nd-sidebar');
    const current = sidebar.locator('[aria-current="page"]');
    expect(await current.count()).toBe(1);
    expect(await current.getAttribute('href')).toBe(GROWTH);
    expect(await current.isVisible()).toBe(true);

    // Roles holds neither this page nor its folder: it starts closed.
    const lead = sidebar.locator('a[href="/docs/sop/roles/lead"]');
    expect(await lead.isVisible()).toBe(false);
    // The innermost folder holding the link: Roles (the SOP folder around it holds it too).
    const toggle = sidebar.locator('details:has(a[href="/docs/sop/roles/lead"]) > summary').last();
    await toggle.click();
    expect(await lead.isVisible()).toBe(true);
    expect(await toggle.evaluate((s) => (s.parentElement as HTMLDetailsElement).open)).toBe(true);
    await toggle.click();
    expect(await lead.isVisible()).toBe(false);

    // The keyboard does the same: Enter on the focused toggle.
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await lead.isVisible()).toBe(true);
    await page.close();
  });
});

describe('the phone navigation drawer', () => {
  for (const javaScript of [true, false]) {
    it(`opens, keeps focus inside, closes with Escape and gives focus back (JavaScript ${javaScript ? 'on' : 'off'})`, async () => {
      const { page } = await visit(browser, GROWTH, { width: 390, javaScript });
      const open = page.getByRole('button', { name: 'Open Sidebar' });
      const drawer = page.getByRole('dialog', { name: 'Handbook navigation' });
      expect(await drawer.isVisible()).toBe(false);
      await open.click();
      await drawer.waitFor({ state: 'visible' });
      const focusInDrawer = () => page.evaluate(() => Boolean(document.activeElement?.closest('dialog[open]')));
      expect(await focusInDrawer()).toBe(true);
      // The current page is there and marked.
      expect(await drawer.locator(`a[href="${GROWTH}"]`).getAttribute('aria-current')).toBe('page');
      // Tabbing never reaches the page behind, which is inert while the drawer is open. (Past the
      // drawer's last link focus may go to the browser's own controls, as a modal dialog allows,
      // and from there back into the drawer.)
      const outside = () =>
        page.evaluate(() => {
          const el = document.activeElement;
          return el !== null && el !== document.body && !el.closest('dialog[open]') ? el.outerHTML.slice(0, 80) : '';
        });
      let inside = 0;
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        expect(await outside()).toBe('');
        if (await focusInDrawer()) inside++;
      }
      expect(inside).toBeGreaterThan(30);
      await page.keyboard.press('Escape');
      await drawer.waitFor({ state: 'hidden' });
      expect(await open.evaluate((b) => b === document.activeElement)).toBe(true);

      // The close button closes it too.
      await open.click();
      await drawer.getByRole('button', { name: 'Close Sidebar' }).click();
      await drawer.waitFor({ state: 'hidden' });
      await page.close();
    });
  }
});

describe('the theme', () => {
  it('a chosen dark theme is on the page at its first paint after a reload', async () => {
    const { page } = await visit(browser, GROWTH, { theme: 'light' });
    expect(await page.evaluate(() => document.documentElement.className)).toContain('light');
    await page.getByRole('button', { name: 'Toggle Theme' }).first().click();
    expect(await page.evaluate(() => document.documentElement.className)).toContain('dark');
    // Before any of the page is on screen: the theme as it is when the layout's first element is
    // parsed, which is before the first paint and before any script of the app has run.
    await page.addInitScript(() => {
      const seen = new MutationObserver(() => {
        if (!document.getElementById('nd-docs-layout')) return;
        seen.disconnect();
        const root = document.documentElement;
        (window as unknown as { __firstPaint: string }).__firstPaint = `${root.className}|${root.style.colorScheme}`;
      });
      seen.observe(document, { childList: true, subtree: true });
    });
    await page.reload({ waitUntil: 'load' });
    const [className, scheme] = (
      await page.evaluate(() => (window as unknown as { __firstPaint: string }).__firstPaint)
    ).split('|');
    expect(className.split(' ')).toContain('dark');
    expect(className.split(' ')).not.toContain('light');
    expect(scheme).toBe('dark');
    // And back: light is remembered the same way.
    await page.getByRole('button', { name: 'Toggle Theme' }).first().click();
    await page.reload({ waitUntil: 'load' });
    expect(
      (await page.evaluate(() => (window as unknown as { __firstPaint: string }).__firstPaint)).split('|')[0],
    ).toContain('light');
    await page.close();
  });
});

describe('what a content page loads', () => {
  const scriptsOf = async (page: Page) =>
    page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name))
        .filter((u) => u.pathname.endsWith('.js'))
        .map((u) => u.pathname),
    );
  const read = (path: string) => readFileSync(join('out', path), 'utf8');
  // Radix's own markers, and the popover and dialog components fumadocs-ui builds on them.
  const unwanted = /radix|Popover(Trigger|Content|Root)|DialogContent|toc-popover|floating-ui|next-themes/;

  it('the growth framework page loads no script file until search is opened, and then the dialog with it', async () => {
    const { page } = await visit(browser, GROWTH);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // No framework code at all: the page's inline script answers the theme switch and the contents.
    const scripts = await scriptsOf(page);
    expect(scripts).toEqual([]);
    // Nor its RSC payload, which the build moves out of the HTML (scripts/lib/defer-runtime.mjs).
    expect(await page.content()).not.toContain('self.__next_f.push([1');
    await page.getByRole('button', { name: 'Toggle Theme' }).first().click();
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(true);

    // Opening search is what brings the framework and the dialog in (so the check above can tell).
    await page
      .getByRole('button', { name: /search/i })
      .first()
      .click();
    await page.getByRole('dialog').getByRole('textbox', { name: 'Search the handbook' }).waitFor();
    const later = (await scriptsOf(page)).filter((s) => !scripts.includes(s));
    expect(later.some((s) => unwanted.test(read(s)))).toBe(true);
    // The framework found the payload it hydrates the page from (without it, React throws).
    expect(later.some((s) => s.startsWith('/_next/static/flight/'))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a page with a tool loads its code at once, with no Radix, popover or dialog code, nor the search engine', async () => {
    const { page } = await visit(browser, '/docs/sop/independent-leader');
    await selfCheckReady(page);
    const scripts = await scriptsOf(page);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((s) => unwanted.test(read(s)))).toEqual([]);
    expect(scripts.filter((s) => /orama/i.test(read(s)))).toEqual([]);
    await page.close();
  });
});

describe('the contents', () => {
  it('marks the section being read, on a page that runs no framework code', async () => {
    const { page } = await visit(browser, GROWTH);
    const toc = page.locator('#nd-toc');
    const links = toc.locator('a[href^="#"]');
    expect(await links.count()).toBeGreaterThan(2);
    const third = links.nth(2);
    const id = decodeURIComponent(((await third.getAttribute('href')) ?? '').slice(1));
    await page.locator(`[id="${id}"]`).evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await page.waitForFunction(
      (href) => {
        const active = document.querySelectorAll('#nd-toc a[data-active="true"]');
        return active.length === 1 && active[0].getAttribute('href') === href;
      },
      await third.getAttribute('href'),
    );
    await page.close();
  });

  it('on a phone, the contents close after a jump', async () => {
    const { page } = await visit(browser, GROWTH, { width: 390 });
    const compact = page.locator('[data-toc-compact] details');
    await compact.locator('summary').click();
    expect(await compact.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await compact.locator('a').nth(1).click();
    expect(await compact.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.close();
  });
});

describe('keyboard', () => {
  it('the first Tab reaches a visible skip link that moves focus to the page', async () => {
    const { page } = await visit(browser, GROWTH);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    expect(await skip.evaluate((a) => a === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    const box = await skip.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(20);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('nd-page');
    await page.keyboard.press('Tab');
    // The next stop is inside the page, not back in the sidebar.
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('#nd-page')))).toBe(true);
    await page.close();
  });
});

describe('on paper', () => {
  const longPages = [GROWTH, '/docs/sop/independent-leader/proposal', '/docs/sop/roles/lead'];

  it.each(longPages)('%s: every sheet carries the title, address and date; links show full addresses', async (path) => {
    const { page } = await visit(browser, path, { javaScript: false });
    const title = (await page.locator('h1').first().textContent()) ?? '';
    await page.emulateMedia({ media: 'print' });
    for (const format of ['A4', 'Letter'] as const) {
      const sheets = await pdfPageTexts(await page.pdf({ format }));
      expect(sheets.length).toBeGreaterThan(1);
      for (const [i, text] of sheets.entries()) {
        expect(text, `${format} sheet ${i + 1}`).toContain(title);
        expect(text, `${format} sheet ${i + 1}`).toContain(`${site.url}${path}`);
        expect(text, `${format} sheet ${i + 1}`).toMatch(/Last changed \d{1,2} \w+ \d{4}/);
      }
      // No sheet holds only the closing "Last changed" line under the repeated header.
      const last = sheets.at(-1) ?? '';
      const body = last
        .replace(title, '')
        .replace(`${site.url}${path}`, '')
        .replace(/·?\s*Last changed \d{1,2} \w+ \d{4}\.?/g, '');
      expect(body.trim().length, `${format}: the last sheet has only the page history`).toBeGreaterThan(40);
    }
    await page.close();
  });

  it('a link to another handbook page prints with its full address', async () => {
    const { page } = await visit(browser, GROWTH, { javaScript: false });
    await page.emulateMedia({ media: 'print' });
    // Spaces out: pdf.js splits a line that wraps inside a long address.
    const text = (await pdfPageTexts(await page.pdf({ format: 'A4' }))).join('').replace(/\s/g, '');
    expect(text).toContain(`(${site.url}/docs/sop/independent-leader)`);
    expect(text).toContain(`(${site.url}/docs/sop/process/customer-delivery)`);
    await page.close();
  });
});

it('serves from a local origin', () => {
  expect(baseURL()).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
});
