import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readiness } from '@/lib/readiness/data';
import { stillOpen } from '@/lib/readiness/questions';
import { SET_ASIDE_KEY, STORAGE_KEY } from '@/lib/readiness/storage';
import { launchBrowser } from '../../scripts/lib/browser.mjs';
import { selfCheckReady } from '../../scripts/lib/self-check.mjs';
import { axeViolations, baseURL, blockToolCodeWith, type Theme, visit } from './helpers';

const PATH = '/docs/sop/independent-leader';
const titles = readiness.groups.flatMap((g) => g.indicators.map((i) => i.title));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const status = (page: Page) => page.getByRole('status');

/** Resolves once the checklist has started (a reader scrolls to it) and read the saved ticks. */
const restored = (page: Page) => selfCheckReady(page);

/** Opens the readiness page and waits until the checklist has hydrated and read saved ticks. */
async function open(path: string, options: Parameters<typeof visit>[2] = {}) {
  const v = await visit(browser, path, options);
  await restored(v.page);
  return v;
}
async function tick(page: Page, n: number) {
  const boxes = page.getByRole('checkbox');
  for (let i = 0; i < n; i++) await boxes.nth(i).check();
}

/** Ticks are saved after the frame that shows them: a reload waits for that, as a person's would. */
async function ticksSaved(page: Page, n: number) {
  await expect
    .poll(() => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{"met":[]}').met.length, STORAGE_KEY))
    .toBe(n);
}

describe('the self-check on the readiness page', () => {
  it('15 ticks is one short; the 16th meets the threshold', async () => {
    const { page, pageErrors } = await open(PATH);
    expect(await status(page).getAttribute('data-ready')).toBe('false');
    await tick(page, 15);
    expect(await status(page).getAttribute('data-ready')).toBe('false');
    expect(await status(page).textContent()).toContain('1 more needed');
    await page.getByRole('checkbox').nth(15).check();
    expect(await status(page).getAttribute('data-ready')).toBe('true');
    expect(await status(page).textContent()).toBe('16 of 19 indicators met (84%). The 80% threshold is met.');
    expect(await page.getByRole('progressbar', { name: 'Indicators met' }).getAttribute('value')).toBe('16');
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('keeps the ticks across a reload', async () => {
    const { page } = await open(PATH);
    await tick(page, 5);
    await ticksSaved(page, 5);
    await page.reload({ waitUntil: 'networkidle' });
    await expect.poll(() => status(page).textContent()).toMatch(/^5 of 19/);
    expect(await page.getByRole('checkbox', { checked: true }).count()).toBe(5);
    await page.close();
  });

  it('sets garbage in storage aside with a notice, and the empty checklist still works', async () => {
    const v = await open(PATH);
    const { page } = v;
    const garbage = '\u0000{"v":1,"met":[';
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, garbage]);
    await page.reload({ waitUntil: 'networkidle' });
    await restored(page);
    const alert = page.getByRole('alert').filter({ hasText: 'could not be used' });
    expect(await alert.textContent()).toContain('set aside, not deleted');
    expect(await status(page).textContent()).toMatch(/^0 of 19/);
    expect(await page.evaluate((k) => localStorage.getItem(k), SET_ASIDE_KEY)).toBe(garbage);
    await tick(page, 2);
    expect(await status(page).textContent()).toMatch(/^2 of 19/);
    await ticksSaved(page, 2);
    await page.reload({ waitUntil: 'networkidle' });
    await expect.poll(() => status(page).textContent()).toMatch(/^2 of 19/);
    expect(await page.locator('.readiness-checklist [role="alert"]').count()).toBe(0);
    expect(v.pageErrors).toEqual([]);
    expect(v.consoleErrors).toEqual([]);
    await page.close();
  });

  it('never overwrites saved ticks it could not read, when part of the page fails to load', async () => {
    const saved = JSON.stringify({ v: 1, met: [readiness.groups[0].indicators[0].id] });
    const context = await browser.newContext();
    const page = await context.newPage();
    // Block the chunk that reads saved ticks (the one holding the validator, zod/mini).
    await blockToolCodeWith(page, 'ZodError');
    await page.goto(baseURL() + PATH);
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [STORAGE_KEY, saved]);
    await page.reload({ waitUntil: 'networkidle' });
    await restored(page);
    expect(await page.locator('.readiness-checklist [role="alert"]').textContent()).toContain(
      'could not read the ticks',
    );
    await tick(page, 3);
    expect(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).toBe(saved);
    // Let in-flight route handlers finish quietly rather than reject after the context is gone.
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await context.close();
  });

  it('can be ticked and reset with the keyboard alone', async () => {
    const { page } = await open(PATH);
    const first = page.getByRole('checkbox', { name: titles[0] });
    // Tab from the top of the page until the first checkbox has focus.
    for (let i = 0; i < 200 && !(await first.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    expect(await first.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab'); // the indicator's # link
    await page.keyboard.press('Tab'); // the next checkbox
    await page.keyboard.press('Space');
    expect(await status(page).textContent()).toMatch(/^2 of 19/);

    const reset = page.getByRole('button', { name: 'Reset the self-check' });
    for (let i = 0; i < 100 && !(await reset.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    const cancel = page.getByRole('button', { name: 'Cancel' });
    await expect.poll(() => cancel.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter'); // "Yes, clear"
    expect(await status(page).textContent()).toMatch(/^0 of 19/);
    await expect.poll(() => first.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.close();
  });

  it.each([1280, 390])(
    'keeps each focused checkbox clear of the sticky summary at %i px (WCAG 2.4.11)',
    async (width) => {
      const { page } = await open(PATH, { width });
      await tick(page, 3); // a summary with focus areas and a reset button, as tall as it gets
      await page.evaluate(() => window.scrollTo(0, 0));
      const first = page.getByRole('checkbox').first();
      for (let i = 0; i < 200 && !(await first.evaluate((el) => el === document.activeElement)); i++) {
        await page.keyboard.press('Tab');
      }
      const obscured: string[] = [];
      for (let i = 0; i < 19; i++) {
        const hidden = await page.evaluate(() => {
          const focused = document.activeElement as HTMLElement;
          const summary = document.querySelector('.rc-summary') as HTMLElement;
          const a = focused.getBoundingClientRect();
          const b = summary.getBoundingClientRect();
          return a.bottom > b.top && a.top < b.bottom ? (focused.id ?? 'focused') : null;
        });
        if (hidden) obscured.push(hidden);
        await page.keyboard.press('Tab'); // the row's # link
        await page.keyboard.press('Tab'); // the next checkbox
      }
      expect(obscured).toEqual([]);
      await page.close();
    },
  );

  it.each([390, 1280])('at %i px, ticking moves nothing below the checklist', async (width) => {
    const { page } = await open(PATH, { width });
    // The heading that follows the checklist, and the page's length: neither moves as ticks change.
    const below = () =>
      page.evaluate(() => {
        const next = document.querySelector('.readiness-checklist')?.closest('[data-island]')?.nextElementSibling;
        if (!next) throw new Error('nothing follows the checklist');
        return [Math.round(next.getBoundingClientRect().top + window.scrollY), document.documentElement.scrollHeight];
      });
    const before = await below();
    expect(before[0]).toBeGreaterThan(0);
    expect(
      await page
        .getByText(/^Focus areas:/)
        .locator('..')
        .textContent(),
    ).toContain('tick what you already do');
    for (const n of [1, 2, 6, 19]) {
      await tick(page, n);
      expect(await below()).toEqual(before);
    }
    await page.close();
  });

  it("shows the browser's own checkbox in forced colours and in print", async () => {
    const { page } = await open(PATH);
    const look = () =>
      page
        .getByRole('checkbox')
        .first()
        .evaluate((el) => getComputedStyle(el).appearance);
    expect(await look()).toBe('none'); // drawn in CSS on screen
    await page.emulateMedia({ forcedColors: 'active' });
    expect(await look()).toBe('auto');
    await page.emulateMedia({ forcedColors: 'none', media: 'print' });
    expect(await look()).toBe('auto');
    await page.close();
  });

  it('links to a single indicator by its id', async () => {
    const id = readiness.groups[2].indicators[1].id;
    const { page } = await open(`${PATH}#${id}`);
    const item = page.locator(`li#${id}`);
    expect(await item.evaluate((el) => el.matches(':target'))).toBe(true);
    const box = await item.boundingBox();
    expect(box && box.y >= 0 && box.y < 900).toBe(true);
    await page.close();
  });

  it('says it is a proposal under review, with what is still to be decided', async () => {
    const { page } = await visit(browser, PATH, { javaScript: false });
    const text = (await page.locator('#nd-page').textContent()) ?? '';
    expect(text).toContain('Proposal under Leadership review: not yet policy');
    for (const { question } of stillOpen(readiness.status)) expect(text).toContain(question);
    await page.close();
  });

  it('with JavaScript off, every indicator and the summary are in the page', async () => {
    const { page } = await visit(browser, PATH, { javaScript: false });
    const text = (await page.locator('#nd-page').textContent()) ?? '';
    for (const title of titles) expect(text).toContain(title);
    expect(titles).toHaveLength(19);
    expect(await page.getByRole('checkbox').count()).toBe(19);
    expect(await page.locator('fieldset > legend').allTextContents()).toEqual(readiness.groups.map((g) => g.title));
    expect(await status(page).textContent()).toBe(
      '0 of 19 indicators met (0%). 16 more needed to reach 80% (16 of 19).',
    );
    await page.close();
  });
});

describe('accessibility of the self-check (axe, WCAG 2.2 A/AA)', () => {
  // With none ticked, the checklist is server HTML that the whole-site sweep (site.test.ts) checks.
  const cases = (['light', 'dark'] as Theme[]).flatMap((theme) => [15, 16].map((n) => [n, theme] as const));
  it.each(cases)('with %i ticked, %s theme: no violations', async (n, theme) => {
    const { page } = await open(PATH, { theme });
    await tick(page, n);
    expect(await status(page).getAttribute('data-ready')).toBe(n >= 16 ? 'true' : 'false');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('with the set-aside notice and the reset confirmation showing: no violations', async () => {
    const { page } = await open(PATH, { theme: 'dark' });
    await page.evaluate((k) => localStorage.setItem(k, 'garbage'), STORAGE_KEY);
    await page.reload({ waitUntil: 'networkidle' });
    await restored(page);
    await tick(page, 1);
    await page.getByRole('button', { name: 'Reset the self-check' }).click();
    expect(await page.locator('.readiness-checklist [role="alert"]').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('search', () => {
  it.each([
    ['Independent Leader', 'Lead-Optional Call Readiness', PATH],
    ['initiates small talk', 'Naturally initiates small talk', `${PATH}#initiates-small-talk`],
    ['judgment calls', 'Makes judgment calls during meetings', `${PATH}#makes-judgment-calls`],
  ])('"%s" finds "%s" and opens it', async (query, title, target) => {
    const { page } = await visit(browser, '/docs');
    await page
      .getByRole('button', { name: /search/i })
      .first()
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Search the handbook' }).fill(query);
    // The title line of page and heading results; other results only quote text that mentions it.
    const titles = dialog.getByRole('option').locator('.font-medium > p');
    await expect.poll(() => titles.allTextContents(), { timeout: 15_000 }).toEqual(expect.arrayContaining([title]));
    await titles.getByText(title, { exact: true }).first().click();
    await page.waitForURL((url) => url.pathname + url.hash === target);
    await page.close();
  });
});
