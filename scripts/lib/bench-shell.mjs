// The docs shell's budgets (issue 15), measured side by side in one run: each page as built, then
// the same page with its scripts removed (the limit our HTML and CSS set), with mobile Lighthouse.
// Called from scripts/bench.mjs; `BENCH_SHELL_ONLY=1 npm run bench` runs this part alone.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { compressDir } from './compress.mjs';
import { lighthouseMedian } from './lighthouse.mjs';
import { startServer } from './serve.mjs';

/** Where the script-free copies are served from, beside the real pages in out/. */
export const NO_SCRIPT_PREFIX = '/__no-script';

const CONTENT = { performance: 98, tbtMs: 100, jsKiB: 140 };
/** The pages issue 15 measures, with the performance each must reach. */
export const shellPages = [
  { path: '/docs/sop/growth-framework', ...CONTENT },
  { path: '/docs/sop/process/customer-delivery', ...CONTENT },
  { path: '/docs/sop/roles/lead', ...CONTENT },
  { path: '/docs/sop/roles/associate', ...CONTENT },
  { path: '/docs/sop/independent-leader', performance: 95 },
  { path: '/docs/sop/independent-leader/assessment', performance: 95 },
];

/** The page's HTML without any script: no <script> elements, no script preloads. */
export function stripScripts(html) {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<link\b[^>]*\bas="script"[^>]*>/gi, '')
    .replace(/<link\b[^>]*\brel="modulepreload"[^>]*>/gi, '');
}

/**
 * Writes out/__no-script/<path>.html for each page, compressed as the build compresses every page
 * (compress.mjs), so the copy travels as the page it stands for does. Resolves to a function that
 * removes them.
 */
export async function writeNoScriptCopies(paths, outDir = 'out') {
  const copies = join(outDir, NO_SCRIPT_PREFIX);
  for (const path of paths) {
    const html = readFileSync(join(outDir, `${path}.html`), 'utf8');
    const target = join(copies, `${path}.html`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, stripScripts(html));
  }
  await compressDir(copies);
  return () => rmSync(copies, { recursive: true, force: true });
}

/** Gzipped size of every script the page loads once it has settled, read from out/. */
export async function scriptsGzip(browser, url, outDir = 'out') {
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts = new Set();
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.add(new URL(r.url()).pathname);
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await context.close();
  return [...scripts].reduce((sum, path) => sum + gzipSync(readFileSync(join(outDir, path))).length, 0);
}

/**
 * Measures every page of `pages` and its script-free copy in turn, and reports each figure through
 * `check(measure, value, limit, ok, unit)`, as bench.mjs prints its budgets.
 */
export async function benchShell({ browser, check, runs = 3, pages = shellPages, outDir = 'out' }) {
  const cleanUp = await writeNoScriptCopies(
    pages.map((p) => p.path),
    outDir,
  );
  // A server of its own, started after the copies exist: sirv lists the files it serves when it starts.
  const server = await startServer({ dir: outDir, port: 0 });
  const serverUrl = server.url;
  const results = {};
  try {
    for (const p of pages) {
      const built = await lighthouseMedian(serverUrl + p.path, runs);
      const bare = await lighthouseMedian(serverUrl + NO_SCRIPT_PREFIX + p.path, runs);
      const js = await scriptsGzip(browser, serverUrl + p.path, outDir);
      results[p.path] = { built, noScript: bare, javascriptGzip: js };
      const name = p.path.replace('/docs/sop/', '');
      check(
        `${name}: performance (no-script copy ${bare.performance})`,
        built.performance,
        `>= ${p.performance}`,
        built.performance >= p.performance,
      );
      // Issue 15 sets the script-free copy's 100 for the content pages; a tool page's is reported.
      const content = p.tbtMs !== undefined;
      check(
        `${name}: no-script copy performance`,
        bare.performance,
        content ? '100' : '(reported)',
        !content || bare.performance === 100,
      );
      if (p.tbtMs !== undefined)
        check(
          `${name}: blocking time (no-script ${Math.round(bare.tbtMs)})`,
          Math.round(built.tbtMs),
          `<= ${p.tbtMs}`,
          built.tbtMs <= p.tbtMs,
          ' ms',
        );
      check(
        `${name}: LCP (no-script ${(bare.lcpMs / 1000).toFixed(1)} s)`,
        (built.lcpMs / 1000).toFixed(1),
        '(reported)',
        true,
        ' s',
      );
      if (p.jsKiB !== undefined)
        check(`${name}: JavaScript, gzipped`, (js / 1024).toFixed(1), `<= ${p.jsKiB}`, js / 1024 <= p.jsKiB, ' KiB');
      else check(`${name}: JavaScript, gzipped`, (js / 1024).toFixed(1), '(reported)', true, ' KiB');
      for (const [key, label] of [
        ['accessibility', 'accessibility'],
        ['bestPractices', 'best practices'],
        ['seo', 'SEO'],
      ])
        check(`${name}: ${label}`, built[key], '100', built[key] === 100);
    }
  } finally {
    await server.close();
    cleanUp();
  }
  return results;
}
