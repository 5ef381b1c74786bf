import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.mjs';
import { startServer } from '../../scripts/lib/serve.mjs';
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
  it('changing the threshold and the call range changes the page text and the computation together; adopting the proposal removes its callouts', async () => {
    variant.editData((d) => {
      d.status.state = 'adopted';
      d.threshold = 0.7;
      d.transition.assessedCalls = { min: 3, max: 5 };
      d.transition.observedIndependentCalls = { min: 3 };
    });
    const build = variant.build();
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
