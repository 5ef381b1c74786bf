// `npm run bench`: measures the contract's budgets and prints each beside its limit.
// Builds from clean, serves out/ with gzip, runs mobile Lighthouse 5 times per page (median),
// and sums the gzipped JavaScript each page loads. Exits non-zero if any figure is over budget.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumFlags, findChromium, launchBrowser } from '../tests/e2e/browser.mjs';
import { startServer } from './serve.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const pages = ['/docs/sop/growth-framework'];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const kib = (bytes) => bytes / 1024;

function timedBuild() {
  rmSync('.next', { recursive: true, force: true });
  rmSync('out', { recursive: true, force: true });
  const started = Date.now();
  const child = spawnSync('npx', ['next', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (child.status !== 0) throw new Error('next build failed; run "npm run build" to see why');
  return (Date.now() - started) / 1000;
}

/** Gzipped size of every script a page loads, read from out/ (the files a static host serves). */
async function pageJavaScript(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts = new Set();
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.add(new URL(r.url()).pathname);
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await context.close();
  const files = [...scripts].map((path) => ({ path, gzip: gzipSync(readFileSync(join('out', path))).length }));
  return { files, total: files.reduce((sum, f) => sum + f.gzip, 0) };
}

async function lighthouseRuns(url) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
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

const rows = [];
const check = (measure, value, limit, ok, unit = '') => {
  rows.push({ measure, value, limit, ok, unit });
};

const buildSeconds = timedBuild();
check('npm run build (clean, this machine)', buildSeconds.toFixed(1), '<= 30', buildSeconds <= 30, ' s');

const server = await startServer({ port: 0 });
const browser = await launchBrowser();
const results = { date: new Date().toISOString(), runs: RUNS, buildSeconds, pages: {} };
try {
  for (const path of pages) {
    const url = server.url + path;
    const js = await pageJavaScript(browser, url);
    const lh = await lighthouseRuns(url);
    results.pages[path] = { javascript: js, lighthouse: lh };
    check(`${path} Lighthouse performance`, lh.performance, '>= 95', lh.performance >= 95);
    check(`${path} Lighthouse accessibility`, lh.accessibility, '100', lh.accessibility === 100);
    check(`${path} Lighthouse best practices`, lh.bestPractices, '100', lh.bestPractices === 100);
    check(`${path} Lighthouse SEO`, lh.seo, '100', lh.seo === 100);
    check(`${path} LCP`, Math.round(lh.lcpMs), '(reported)', true, ' ms');
    check(`${path} TBT`, Math.round(lh.tbtMs), '(reported)', true, ' ms');
    check(`${path} CLS`, lh.cls.toFixed(3), '(reported)', true);
    check(`${path} JavaScript, gzipped`, kib(js.total).toFixed(1), '<= 250', kib(js.total) <= 250, ' KiB');
    const failing = [...new Set(lh.runs.flatMap((r) => r.failing))];
    if (failing.length) console.log(`${path}: Lighthouse audits not passing in some run: ${failing.join(', ')}`);
  }
} finally {
  await browser.close();
  await server.close();
}

mkdirSync('bench', { recursive: true });
results.budgets = rows;
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);

const width = Math.max(...rows.map((r) => r.measure.length));
console.log(`\nBudgets (mobile Lighthouse, median of ${RUNS} runs, against out/ served with gzip)\n`);
for (const r of rows) {
  console.log(
    `${r.ok ? '✓' : '✗'} ${r.measure.padEnd(width)}  ${`${r.value}${r.unit}`.padStart(10)}   limit ${r.limit}`,
  );
}
console.log('\nWritten to bench/results.json');
const over = rows.filter((r) => !r.ok);
if (over.length) {
  console.error(`\nOver budget: ${over.map((r) => r.measure).join('; ')}`);
  process.exit(1);
}
