// Shared by the browser tests and the bench: the readiness page's self-check starts when a reader
// comes near it (components/shell/page-behaviour.ts), so this goes there as a reader would.
import { READINESS_ISLAND } from '../../lib/shell/islands.mjs';

/**
 * Scrolls to the self-check and resolves once it has started and read the saved ticks.
 * @param {import('playwright-core').Page} page
 */
export async function selfCheckReady(page) {
  await page.locator(`div[data-island="${READINESS_ISLAND}"]`).scrollIntoViewIfNeeded();
  await page.locator('[data-restored="true"]').waitFor();
}
