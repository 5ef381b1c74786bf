// One mobile Lighthouse measurement, shared by the bench and its docs-shell part.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumFlags, findChromium } from './browser.mjs';
import { median } from './interactions.mjs';

/** Mobile Lighthouse (its default: simulated slow 4G, 4x CPU), `count` times: each figure's median, and every run. */
export async function lighthouseMedian(url, count) {
  const runs = [];
  for (let i = 0; i < count; i++) {
    // A fresh Chromium per run, so no run warms the cache of the next.
    const chrome = await chromeLauncher.launch({
      chromePath: findChromium(),
      chromeFlags: chromiumFlags.map((f) => (f === '--headless' ? '--headless=new' : f)),
    });
    try {
      const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
      const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      runs.push({
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: lhr.audits['largest-contentful-paint'].numericValue,
        tbtMs: lhr.audits['total-blocking-time'].numericValue,
        cls: lhr.audits['cumulative-layout-shift'].numericValue,
        failing: Object.values(lhr.audits)
          .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
          .map((a) => a.id),
      });
    } finally {
      chrome.kill();
    }
  }
  const keys = ['performance', 'accessibility', 'bestPractices', 'seo', 'lcpMs', 'tbtMs', 'cls'];
  return {
    ...Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]))])),
    runs,
  };
}
