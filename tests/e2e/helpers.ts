import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { STORAGE_KEY } from '../../scripts/lib/assessment-fixtures.mjs';
import { seedStorageOnce } from '../../scripts/lib/seed-storage.mjs';

export type Theme = 'light' | 'dark';

export const baseURL = () => inject('baseURL');

export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface Visit {
  page: Page;
  status: number | undefined;
  consoleErrors: string[];
  foreignRequests: string[];
  pageErrors: string[];
}

/**
 * Opens a path in a context of its own (fresh storage), with the theme chosen before any script runs,
 * recording errors and any request off this origin. Closing the page closes its context.
 */
export async function visit(
  browser: Browser,
  path: string,
  {
    theme = 'light',
    javaScript = true,
    width = 1280,
    storage,
    waitUntil = 'networkidle',
  }: {
    /** 'load' for tests that wait for their own ready marker: networkidle adds half a second a visit. */
    waitUntil?: 'load' | 'networkidle';
    theme?: Theme;
    javaScript?: boolean;
    width?: number;
    /** localStorage items to put in place before the page's first load (not again on reload). */
    storage?: Record<string, string>;
  } = {},
): Promise<Visit> {
  const context = await browser.newContext({
    colorScheme: theme,
    javaScriptEnabled: javaScript,
    viewport: { width, height: 900 },
  });
  const page = await context.newPage();
  page.on('close', () => context.close().catch(() => {}));
  const origin = new URL(baseURL()).origin;
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol.startsWith('http') && url.origin !== origin) foreignRequests.push(r.url());
  });
  await page.addInitScript((t) => {
    if (!localStorage.getItem('theme')) localStorage.setItem('theme', t);
  }, theme);
  if (storage) await seedStorageOnce(page, storage);
  const response = await page.goto(baseURL() + path, { waitUntil });
  return { page, status: response?.status(), consoleErrors, foreignRequests, pageErrors };
}

/** axe violations on the page (or the part `include` selects), as readable one-liners. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  // Legacy mode runs axe in the page itself. The default opens a new page per analysis to merge
  // results across frames, which more than doubles the time; the handbook has no frames.
  const builder = new AxeBuilder({ page }).withTags(axeTags).setLegacyMode(true);
  if (include) builder.include(include);
  const result = await builder.analyze();
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** The Lead's assessment page, and the marks its tests wait on and read. */
export const ASSESSMENT_PATH = '/docs/sop/independent-leader/assessment';
/** The assessment tool once it has read the stored records. */
export const assessmentTool = (page: Page) => page.locator('[data-assessment-ready="true"]');
/** The stored assessment records, exactly as the browser holds them. */
export const storedAssessments = (page: Page) => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);

/**
 * Makes the tools' code that holds `marker` fail to load in this page, as on a bad connection or
 * after a new deploy (the rest loads as usual). Call `page.unrouteAll({ behavior: 'ignoreErrors' })`
 * before closing.
 */
export async function blockToolCodeWith(page: Page, marker: string) {
  await page.route('**/_islands/*.js', async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (body.includes(marker)) await route.abort();
    else await route.fulfill({ response, body });
  });
}
