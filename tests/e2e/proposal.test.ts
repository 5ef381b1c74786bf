import { execFileSync } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listProposedChanges } from '@/lib/proposal/changes';
import { site } from '@/lib/site';
import { source } from '@/lib/source';
import { launchBrowser } from '../../scripts/lib/browser.mjs';
import { baseURL, visit } from './helpers';
import { pdfText } from './pdf';

const changes = listProposedChanges(source.getPages());
const markedPages = [...new Set(changes.map((c) => c.page.url))];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('while Phase 4 is a proposal, a reviewer sees each change in place', () => {
  it('on each page, each marked passage is a named region saying "Proposed: Phase 4"', async () => {
    // Server HTML is what is checked, so one context with JavaScript off serves every page quickly.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const missing: string[] = [];
    for (const url of markedPages) {
      const page = await context.newPage();
      await page.goto(baseURL() + url, { waitUntil: 'load' });
      for (const change of changes.filter((c) => c.page.url === url)) {
        const region = page.getByRole('region', { name: `Proposed: Phase 4. ${change.summary}` });
        const label = (await region.count()) === 1 ? await region.locator('.proposed-change-label').textContent() : '';
        if (
          !(await region.isVisible()) ||
          (await region.getAttribute('id')) !== change.id ||
          !label?.includes('Proposed: Phase 4.')
        )
          missing.push(`${url}: ${change.summary}`);
      }
      await page.close();
    }
    await context.close();
    expect(missing).toEqual([]);
  });

  // axe runs over every page, this one and the list of changes included, in site.test.ts.
});

describe('"What this proposal changes"', () => {
  it('lists every marked change, and each link lands on its passage', async () => {
    const { page } = await visit(browser, site.proposalUrl);
    const links = page.locator('table.proposal-changes tbody tr td:last-child a');
    expect(await links.count()).toBe(changes.length);
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(expect.arrayContaining(changes.map((c) => c.href)));

    // Follow the first by clicking, as a reviewer would; the rest by address.
    await links.first().click();
    await page.waitForURL(`**${hrefs[0]}`);
    for (const href of hrefs) {
      if (href !== hrefs[0]) await page.goto(baseURL() + href);
      const id = href?.split('#')[1] ?? '';
      const target = page.locator(`[id="${id}"]`);
      expect(await target.getAttribute('class'), href ?? '').toContain('proposed-change');
      await expect
        .poll(() => target.evaluate((el) => el.getBoundingClientRect().top), { timeout: 5000 })
        .toBeLessThan(900);
      expect(await target.evaluate((el) => el.getBoundingClientRect().bottom)).toBeGreaterThan(0);
    }
    await page.close();
  });

  it('is linked from the readiness page and from home for Leadership', async () => {
    for (const path of [site.readinessUrl, '/']) {
      const { page } = await visit(browser, path, { javaScript: false });
      expect(await page.locator(`a[href="${site.proposalUrl}"]`).count(), path).toBeGreaterThan(0);
      await page.close();
    }
  });
});

describe('on paper', () => {
  it('the growth framework prints its text and the marker, and no navigation', async () => {
    const { page } = await visit(browser, '/docs/sop/growth-framework');
    await page.emulateMedia({ media: 'print' });
    const { text } = await pdfText(await page.pdf({ format: 'A4' }));
    expect(text).toContain('Growth framework');
    expect(text).toContain('Customer presentation phases');
    expect(text).toContain('Lead Presenter');
    expect(text.toLowerCase()).toContain('proposed: phase 4.');
    expect(text).toContain('Adds Phase 4, its four criteria and the indicator groups');
    // A link to another handbook page shows where it goes, in full.
    expect(text.replace(/\s/g, '')).toContain(`(${site.url}/docs/sop/independent-leader)`);
    for (const chrome of ['Search', 'On this page', 'Toggle Theme', 'Lead-Optional Call Readiness Roles Playbooks']) {
      expect(text).not.toContain(chrome);
    }
    await page.close();
  });
});

describe('page history', () => {
  it('"Last changed" is the date of the last commit that touched the page (its author date, as git log gives it)', async () => {
    const file = 'content/docs/sop/growth-framework.mdx';
    const committed = execFileSync('git', ['log', '-1', '--format=%aI', '--', file], { encoding: 'utf8' }).trim();
    const { page } = await visit(browser, '/docs/sop/growth-framework', { javaScript: false });
    const time = page.locator('.page-history time');
    if (!committed) {
      // A page never committed has no history to show.
      expect(await time.count()).toBe(0);
    } else {
      const shown = await time.getAttribute('datetime');
      expect(new Date(shown ?? '').getTime()).toBe(new Date(committed).getTime());
    }
    await page.close();
  });
});
