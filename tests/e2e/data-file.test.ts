import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.mjs';
import { startServer } from '../../scripts/lib/serve.mjs';
import { baseURL } from './helpers';
import { Variant } from './variant';

let variant: Variant;
let browser: Browser;
beforeAll(async () => {
  variant = new Variant();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  variant?.remove();
});

describe('content/data/readiness.json is the single source of the numbers', () => {
  it('changing the threshold and the call range changes the page text and the computation together; adopting the proposal removes its callouts and markers, and keeps the text', async () => {
    // What the proposal build shows inside each marker on the growth framework, label aside.
    const proposalPage = await browser.newPage();
    await proposalPage.goto(`${baseURL()}/docs/sop/growth-framework`);
    const marked = await proposalPage.locator('.proposed-change').evaluateAll((sections) =>
      sections.map((s) =>
        [...s.children]
          .filter((c) => !c.classList.contains('proposed-change-label'))
          .map((c) => c.textContent)
          .join(''),
      ),
    );
    await proposalPage.close();
    expect(marked.length).toBeGreaterThan(0);

    let decidedQuestion = '';
    variant.editData((d) => {
      d.status.state = 'adopted';
      const [first, ...rest] = d.status.openQuestions ?? [];
      decidedQuestion = String(first);
      d.status.openQuestions = [
        { question: String(first), decision: { text: 'Agreed as written.', date: '2026-12-01' } },
        ...rest,
      ];
      d.threshold = 0.7;
      d.transition.assessedCalls = { min: 3, max: 5 };
      d.transition.observedIndependentCalls = { min: 3 };
    });
    const build = variant.build({ REPO_URL: 'https://git.example.com/agency/handbook/' });
    expect(build.ok, build.output).toBe(true);

    const server = await startServer({ dir: join(variant.dir, 'out'), port: 0 });
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}/docs/sop/independent-leader`, { waitUntil: 'networkidle' });
      const main = (await page.locator('#nd-page').textContent()) ?? '';
      expect(main).toContain('at least 70% of them (14 of 19) consistently, across 3-5 calls');
      expect(main).toContain('at least 3 fully independent calls');
      expect(main).not.toContain('80%');
      expect(main).not.toContain('4-6');
      expect(main).not.toContain('not yet policy');

      const status = page.getByRole('status');
      expect(await status.textContent()).toContain('14 more needed to reach 70% (14 of 19)');
      const boxes = page.getByRole('checkbox');
      for (let i = 0; i < 13; i++) await boxes.nth(i).check();
      expect(await status.getAttribute('data-ready')).toBe('false');
      await boxes.nth(13).check();
      expect(await status.getAttribute('data-ready')).toBe('true');
      expect(await status.textContent()).toContain('The 70% threshold is met');

      await page.goto(`${server.url}/docs/sop/growth-framework`);
      const growth = (await page.locator('#nd-page').textContent()) ?? '';
      expect(growth).toContain('at least 70% of the 19 readiness indicators');
      expect(growth).not.toContain('not yet policy');
      expect(growth).not.toContain('Proposed: Phase 4');
      expect(await page.locator('.proposed-change').count()).toBe(0);
      const squash = (t: string) => t.replace(/\s+/g, ' ');
      // The same text, with the proposal's numbers swapped for this build's.
      for (const text of marked) {
        expect(squash(growth)).toContain(
          squash(text).replace('80%', '70%').replace('4-6', '3-5').replace('at least 2 ', 'at least 3 '),
        );
      }

      // This copy has no git history: no date rather than a wrong one. REPO_URL gives each page its source.
      expect(await page.locator('.page-history time').count()).toBe(0);
      expect(await page.getByRole('link', { name: 'Suggest a change' }).getAttribute('href')).toBe(
        'https://git.example.com/agency/handbook/blob/main/content/docs/sop/growth-framework.mdx',
      );

      await page.goto(`${server.url}/docs/sop/independent-leader/proposal`);
      const decided = page.locator('.proposal-decisions');
      expect(await decided.textContent()).toContain('Decided 1 December 2026: Agreed as written.');
      const stillOpen = (await page.locator('#still-to-be-decided + ul').textContent()) ?? '';
      expect(decidedQuestion.length).toBeGreaterThan(0);
      expect(stillOpen).not.toContain(decidedQuestion);
      expect(await decided.textContent()).toContain(decidedQuestion);
      await page.close();
    } finally {
      await server.close();
    }
  }, 180_000);

  it('an invalid file stops the build, naming the path and the rule', () => {
    variant.editData((d) => {
      d.groups[1].indicators[3].id = d.groups[0].indicators[0].id;
      d.threshold = 1.5;
    });
    const build = variant.build();
    expect(build.ok).toBe(false);
    expect(build.output).toContain(
      'groups[1].indicators[3].id: duplicate id "initiates-small-talk" (already used at groups[0].indicators[0].id)',
    );
    expect(build.output).toContain('threshold: threshold must be a fraction no greater than 1');
  }, 180_000);
});
