// Timing a person's clicks in the page, shared by the bench's parts: Chromium's Event Timing entries
// (input to next paint) at 4x CPU slowdown, and a click made the way a person makes one.

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Slows the CPU 4x and starts recording click interactions of 16 ms and over in `window.__interactionLog`:
 * only those that begin from now on, never the click that opened the view being measured (the
 * observer is buffered, so an entry still being reported when it starts is not lost).
 */
export async function recordInteractions(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.evaluate(() => {
    window.__interactionLog = [];
    const from = performance.now();
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        if (e.interactionId && e.name === 'click' && e.startTime >= from) {
          window.__interactionLog.push({ start: e.startTime, duration: e.duration });
        }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  });
  return cdp;
}

/**
 * A person's click: scroll to the control, point at its centre, then press. Raw mouse input, because
 * Playwright's click() adds its own listeners and animation-frame polling, which the timing would count.
 * It then waits rather than polls, since polling would run in the page while it is timed.
 */
export async function personClick(page, locator, { settleMs = 300 } = {}) {
  await locator.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const r = await locator.boundingBox();
  await page.mouse.move(r.x + r.width / 2, r.y + r.height / 2);
  await page.waitForTimeout(300);
  await page.mouse.down();
  await page.mouse.up();
  await page.waitForTimeout(settleMs);
}

/**
 * The recorded interactions: worst, median and how many Chromium reported, out of `clicks`. With
 * `within`, only those that began inside one of its [from, to] spans (page time, ms).
 */
export async function interactionSummary(page, clicks, within) {
  const log = await page.evaluate(() => window.__interactionLog);
  const durations = log
    .filter((e) => !within || within.some(([from, to]) => e.start >= from && e.start <= to))
    .map((e) => e.duration);
  return {
    worstMs: durations.length ? Math.max(...durations) : 0,
    medianMs: durations.length ? median(durations) : 0,
    reported: durations.length,
    durations,
    clicks,
  };
}

/**
 * Resolves once the page's offline copy is installed (its service worker active), as it is for a
 * reader who has been here before. On a first visit the worker downloads the whole handbook in the
 * background, which on a 2-core machine slows every tap measured meanwhile.
 * @param {import('playwright-core').Page} page
 */
export async function offlineCopyReady(page, timeoutMs = 60_000) {
  await page.evaluate(
    (ms) =>
      Promise.race([
        navigator.serviceWorker.ready,
        new Promise((_, fail) => setTimeout(() => fail(new Error(`no service worker within ${ms} ms`)), ms)),
      ]),
    timeoutMs,
  );
}
