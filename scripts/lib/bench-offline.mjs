// The offline copy's figures for `npm run bench`: what the service worker adds to a page's first load
// (nothing, it registers after the load event), what it costs once in the background, and how long
// its build step takes.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeServiceWorker } from './service-worker.mjs';

const gz = (bytes) => gzipSync(bytes).length;

/** The scripts a page asks for before its load event, with their gzipped sizes from out/. */
async function firstLoadScripts(browser, url, serviceWorkers) {
  const context = await browser.newContext({ serviceWorkers });
  const page = await context.newPage();
  const scripts = new Set();
  let loaded = false;
  page.on('load', () => {
    loaded = true;
  });
  page.on('request', (r) => {
    if (!loaded && r.resourceType() === 'script') scripts.add(new URL(r.url()).pathname);
  });
  await page.goto(url, { waitUntil: 'load' });
  // Give a registration after load its chance to pull anything into the page.
  await page.waitForLoadState('networkidle');
  await context.close();
  const files = [...scripts].sort();
  return { files, gzip: files.reduce((sum, path) => sum + gz(readFileSync(join('out', path))), 0) };
}

/** Bytes the first visit's service worker downloads in the background: each precached file as the
 * server sends it (its .br copy where the build wrote one). */
function precacheCost(dir) {
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  const entries = JSON.parse(sw.match(/precacheAndRoute\((\[.*?\]),/s)[1]);
  let bytes = 0;
  let transfer = 0;
  for (const { url } of entries) {
    const path = join(dir, url);
    const size = statSync(path).size;
    bytes += size;
    transfer += existsSync(`${path}.br`) ? statSync(`${path}.br`).size : size;
  }
  return { count: entries.length, bytes, transfer };
}

/** Times the build's service-worker step on a copy of out/ (the real out/ keeps its compressed sw.js). */
async function stepSeconds(dir) {
  const copy = mkdtempSync(join(tmpdir(), 'bench-sw-'));
  try {
    cpSync(dir, copy, { recursive: true, filter: (src) => !/\.(br|gz)$/.test(src) });
    const started = performance.now();
    await writeServiceWorker(copy);
    return (performance.now() - started) / 1000;
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

export async function benchOffline(browser, pageUrl, dir = 'out') {
  const withWorker = await firstLoadScripts(browser, pageUrl, 'allow');
  const without = await firstLoadScripts(browser, pageUrl, 'block');
  const html = readFileSync(join(dir, `${new URL(pageUrl).pathname.replace(/^\//, '') || 'index'}.html`), 'utf8');
  const inline = html.match(/<script>\(function \w*\([^<]*serviceWorker[^<]*<\/script>/)?.[0] ?? '';
  const workbox = [
    'workbox-sw',
    'workbox-core.prod',
    'workbox-routing.prod',
    'workbox-strategies.prod',
    'workbox-precaching.prod',
  ];
  return {
    firstLoad: {
      withWorker,
      without,
      sameFiles: JSON.stringify(withWorker.files) === JSON.stringify(without.files),
      addedGzip: withWorker.gzip - without.gzip,
    },
    inlineScriptGzip: gz(inline),
    workerGzip:
      gz(readFileSync(join(dir, 'sw.js'))) +
      gz(readFileSync(join(dir, 'sw-updates.js'))) +
      workbox.reduce((sum, name) => sum + gz(readFileSync(join(dir, 'workbox', `${name}.js`))), 0),
    precache: precacheCost(dir),
    stepSeconds: await stepSeconds(dir),
  };
}
