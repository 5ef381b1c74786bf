import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORAGE_KEY as SELF_CHECK_KEY } from '@/lib/readiness/storage';
import { indicatorIds, indicatorTitles, STORAGE_KEY } from '../../scripts/lib/assessment-fixtures.mjs';
import { launchBrowser } from '../../scripts/lib/browser.mjs';
import { selfCheckReady } from '../../scripts/lib/self-check.mjs';
import { startServer } from '../../scripts/lib/serve.mjs';
import { ASSESSMENT_PATH, assessmentTool, axeViolations, baseURL } from './helpers';

const READINESS = '/docs/sop/independent-leader';
/** The first visit downloads the whole precache (about 270 files) while the machine may be busy. */
const FIRST_VISIT_MS = 120_000;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Waits until the service worker has precached the site and controls this page. */
async function controlled(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
  });
}

/** Every file under dir, as paths relative to it. */
function files(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) => {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    return e.isDirectory() ? files(dir, rel) : [rel];
  });
}

/** What out/sw.js precaches, as Workbox wrote it (URLs relative to the worker, so to the site root). */
function precacheEntries(dir = 'out'): { url: string; revision: string | null }[] {
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  const list = sw.match(/precacheAndRoute\((\[.*?\]),/s)?.[1];
  expect(list).toBeDefined();
  return JSON.parse(list as string);
}
const precached = (dir = 'out') => precacheEntries(dir).map((e) => e.url);

/** Width and height from a PNG's header. */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the precache, as built', () => {
  const list = precached();

  it('lists every HTML page in out/, the 404 page, the search index and every script and style', () => {
    const all = files('out').filter((f) => !/\.(br|gz)$/.test(f));
    // The worker and the scripts it imports are kept with the registration, not in the precache.
    const worker = (f: string) => f === 'sw.js' || f === 'sw-updates.js' || f.startsWith('workbox/');
    const wanted = all.filter((f) => /\.(html|js|css)$/.test(f) && !worker(f));
    expect(wanted.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(30);
    expect(list).toEqual(expect.arrayContaining([...wanted, '404.html', 'api/search', 'manifest.webmanifest']));
  });

  it('lists no compressed copy, no duplicate, and nothing from another origin', () => {
    expect(list.filter((u) => /\.(br|gz)$/.test(u))).toEqual([]);
    expect(new Set(list).size).toBe(list.length);
    expect(list.filter((u) => /^[a-z]+:/.test(u) || u.startsWith('//'))).toEqual([]);
    // Workbox's modules come from this site, not from its CDN.
    const sw = readFileSync('out/sw.js', 'utf8');
    expect([...sw.matchAll(/importScripts\(([^)]*)\)/g)].map((m) => m[1])).toEqual([
      "'/workbox/workbox-sw.js', '/sw-updates.js'",
    ]);
    expect(sw).toContain("modulePathPrefix: '/workbox/', debug: false");
    for (const m of ['sw', 'core.prod', 'precaching.prod', 'routing.prod', 'strategies.prod'])
      expect(files('out')).toContain(`workbox/workbox-${m}.js`);
  });

  it('revisions every file except the hashed /_next/static ones, whose names change when they do', () => {
    for (const { url, revision } of precacheEntries()) {
      if (url.startsWith('_next/static/')) expect(revision, url).toBeNull();
      else expect(revision, url).toMatch(/^[0-9a-f]{32}$/);
    }
  });

  it('ships sw.js compressed like every other script', () => {
    expect(files('out')).toEqual(expect.arrayContaining(['sw.js.br', 'sw.js.gz']));
  });
});

describe('installing', () => {
  it('serves a valid manifest whose icons exist at their declared sizes, with a maskable one', async () => {
    const page = await browser.newPage();
    const html = await (await page.request.get(`${baseURL()}/`)).text();
    const href = html.match(/<link rel="manifest" href="([^"]+)"/)?.[1];
    expect(href).toBe('/manifest.webmanifest');
    const response = await page.request.get(baseURL() + href);
    expect(response.status()).toBe(200);
    const manifest = JSON.parse(await response.text());
    expect(manifest).toMatchObject({ display: 'standalone', scope: '/', start_url: ASSESSMENT_PATH });
    expect(manifest.name.length).toBeGreaterThan(0);
    expect(manifest.short_name.length).toBeLessThanOrEqual(12);
    for (const color of [manifest.theme_color, manifest.background_color]) expect(color).toMatch(/^#[0-9a-f]{6}$/);
    expect((await page.request.get(baseURL() + manifest.start_url)).status()).toBe(200);
    for (const icon of manifest.icons) {
      const file = await page.request.get(baseURL() + icon.src);
      expect(file.status(), icon.src).toBe(200);
      expect(file.headers()['content-type']).toBe(icon.type);
      const [w, h] = icon.sizes.split('x').map(Number);
      expect(pngSize(await file.body()), icon.src).toEqual({ width: w, height: h });
    }
    const sizes = (purpose: string) =>
      manifest.icons.filter((i: { purpose: string }) => i.purpose === purpose).map((i: { sizes: string }) => i.sizes);
    expect(sizes('any')).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(sizes('maskable')).toEqual(['512x512']);
    await page.close();
  });

  it('gives iOS what "Add to Home Screen" needs for an app window', async () => {
    const page = await browser.newPage();
    const html = await (await page.request.get(`${baseURL()}/docs/sop/growth-framework`)).text();
    expect(html).toContain('<meta name="mobile-web-app-capable" content="yes"/>');
    expect(html).toContain('<meta name="apple-mobile-web-app-capable" content="yes"/>');
    expect(html).toMatch(/<meta name="apple-mobile-web-app-title" content="[^"]+"\/>/);
    const touchIcon = html.match(/<link rel="apple-touch-icon" href="([^"]+)" sizes="180x180"/)?.[1];
    expect(touchIcon).toBeDefined();
    const file = await page.request.get(baseURL() + touchIcon);
    expect(file.status()).toBe(200);
    expect(pngSize(await file.body())).toEqual({ width: 180, height: 180 });
    await page.close();
  });
});

describe('with the network off after one visit', () => {
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];
  /** Every request of the first visit, the service worker's precaching included. */
  const requests: string[] = [];

  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.on('request', (r) => requests.push(r.url()));
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()}`);
    });
    await page.goto(`${baseURL()}/docs/sop/growth-framework`, { waitUntil: 'load' });
    await controlled(page);
    await context.setOffline(true);
  }, FIRST_VISIT_MS);
  afterAll(async () => {
    await context?.close();
  });

  it('precached the site on the first visit without asking another origin for anything', () => {
    const origin = new URL(baseURL()).origin;
    // Every script and style the worker precaches was fetched on that first visit (a content page
    // itself loads none of them: it loads the framework only when search is opened).
    const fetched = new Set(requests.filter((u) => u.startsWith(origin)).map((u) => new URL(u).pathname));
    const statics = precached().filter((u) => u.startsWith('_next/static/'));
    expect(statics.length).toBeGreaterThan(20);
    expect(statics.filter((u) => !fetched.has(`/${u}`))).toEqual([]);
    expect(requests.filter((u) => u.startsWith('http') && new URL(u).origin !== origin)).toEqual([]);
  });

  it.each([
    ['/docs/sop/growth-framework', 'Growth framework'],
    ['/docs/sop/process/customer-delivery', 'Step 6: Customer delivery'],
    ['/', 'Lead & Associate SOP'],
    ['/docs/sop/management/ooo-coverage', 'Out-of-office cover'],
    [READINESS, 'Lead-Optional Call Readiness'],
    ['/docs/no-such-page', 'Page not found'],
  ])('loads %s', async (path, heading) => {
    const response = await page.goto(baseURL() + path, { waitUntil: 'load' });
    expect(response?.fromServiceWorker()).toBe(true);
    expect(await page.getByRole('heading', { level: 1 }).first().textContent()).toContain(heading);
    expect(errors).toEqual([]);
  });

  it('follows a link in the text to another page', async () => {
    await page.goto(`${baseURL()}/docs/sop/growth-framework`, { waitUntil: 'load' });
    // Links are plain anchors (the docs shell): the next page is a whole document, from the precache.
    const [response] = await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname === '/docs/sop/process/customer-delivery'),
      page.locator('article a[href="/docs/sop/process/customer-delivery"]').first().click(),
    ]);
    expect(response.fromServiceWorker()).toBe(true);
    await page.waitForURL('**/docs/sop/process/customer-delivery');
    await page.getByRole('heading', { level: 1, name: 'Step 6: Customer delivery' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('searches', async () => {
    await page.goto(`${baseURL()}/docs`, { waitUntil: 'load' });
    await page
      .getByRole('button', { name: /search/i })
      .first()
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Search the handbook' }).fill('judgment calls');
    const titles = dialog.getByRole('option').locator('.font-medium > p');
    await expect
      .poll(() => titles.allTextContents(), { timeout: 30_000 })
      .toEqual(expect.arrayContaining(['Makes judgment calls during meetings']));
    expect(errors).toEqual([]);
  });

  it('ticks the self-check and keeps the tick over a reload', async () => {
    await page.goto(baseURL() + READINESS, { waitUntil: 'load' });
    await selfCheckReady(page);
    const box = page.getByRole('checkbox', { name: indicatorTitles[2] });
    await box.check();
    // Saved after the frame that shows the tick: reload once it is, as a person would.
    await expect
      .poll(() => page.evaluate((key) => localStorage.getItem(key) ?? '', SELF_CHECK_KEY))
      .toContain(indicatorIds[2]);
    await page.reload({ waitUntil: 'load' });
    await selfCheckReady(page);
    expect(await page.getByRole('checkbox', { name: indicatorTitles[2] }).isChecked()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('adds a record and a call to the assessment, which survive a reload', async () => {
    await page.goto(baseURL() + ASSESSMENT_PATH, { waitUntil: 'load' });
    await assessmentTool(page).waitFor();
    await page.getByLabel("New record: the Associate's name").fill('Robin');
    await page.getByRole('button', { name: 'Create record' }).click();
    await page.getByRole('heading', { level: 2, name: 'Robin' }).waitFor();
    await page.getByRole('button', { name: 'Add a call' }).click();
    await page.getByLabel('Date of the call').fill('2026-11-30');
    const first = page.getByRole('group', { name: indicatorTitles[0], exact: true });
    await first.getByRole('radio', { name: 'Met', exact: true }).check();
    await page.getByRole('button', { name: 'Save the call' }).click();
    await page.getByRole('button', { name: 'Add a call' }).waitFor();
    // Saved after the frame that shows the call: reload once it is.
    await expect
      .poll(() => page.evaluate((key) => localStorage.getItem(key) ?? '', STORAGE_KEY))
      .toContain('2026-11-30');

    await page.reload({ waitUntil: 'load' });
    await assessmentTool(page).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Robin' }).waitFor();
    const stored = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)) ?? '{}');
    const robin = stored.records.find((r: { associate: string }) => r.associate === 'Robin');
    expect(robin.calls).toHaveLength(1);
    expect(robin.calls[0]).toMatchObject({ date: '2026-11-30', marks: { [idOf(0)]: 'met' } });
    expect(errors).toEqual([]);
  });
});

/** The id of the indicator with the i-th title (the record keys marks by id). */
function idOf(i: number): string {
  const data = JSON.parse(readFileSync('content/data/readiness.json', 'utf8'));
  return data.groups.flatMap((g: { indicators: { id: string }[] }) => g.indicators.map((x) => x.id))[i];
}

describe('a new version', () => {
  // A copy of out/ on a server of its own, so the test can publish a "new build" by changing sw.js.
  let dir: string;
  let server: Awaited<ReturnType<typeof startServer>>;
  let context: BrowserContext;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'offline-update-'));
    cpSync('out', dir, { recursive: true });
    server = await startServer({ dir, port: 0 });
    context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const notice = (page: Page) => page.locator('[data-sw-updated]');

  it(
    'takes over on the next visit and says so once, in a notice that can be dismissed',
    async () => {
      const first = await context.newPage();
      await first.goto(`${server.url}/docs`, { waitUntil: 'load' });
      await controlled(first);
      await first.close();

      // A new build is deployed: the worker's bytes change (sent as they are, without the old .br/.gz),
      // and the server restarts on the same port, as sirv lists the files it serves when it starts.
      const port = Number(new URL(server.url).port);
      await server.close();
      writeFileSync(join(dir, 'sw.js'), `${readFileSync(join(dir, 'sw.js'), 'utf8')}\n// next build\n`);
      rmSync(join(dir, 'sw.js.br'));
      rmSync(join(dir, 'sw.js.gz'));
      server = await startServer({ dir, port });

      // This visit is still served by the old version; the new one installs beside it and waits.
      const second = await context.newPage();
      await second.goto(`${server.url}/docs/sop/growth-framework`, { waitUntil: 'load' });
      await second.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        await registration?.update();
        const installing = registration?.installing;
        if (installing && !registration?.waiting)
          await new Promise((done) =>
            installing.addEventListener('statechange', () => installing.state === 'installed' && done(null)),
          );
      });
      expect(
        await second.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting)),
      ).toBe(true);
      expect(await notice(second).count()).toBe(0);
      await second.close();

      // The next visit, with no tab of the old version open. The browser lets the waiting version take
      // over once the last tab has gone, a moment after it closes; a visit begun in that moment is still
      // the old version's (its worker still waiting), and is made again, as a Lead's next visit would be.
      let third = await context.newPage();
      for (let visit = 1; ; visit++) {
        await third.goto(`${server.url}/docs/sop/growth-framework`, { waitUntil: 'load' });
        const waiting = await third.evaluate(async () =>
          Boolean((await navigator.serviceWorker.getRegistration())?.waiting),
        );
        if (!waiting || visit === 5) break;
        expect(await notice(third).count()).toBe(0);
        await third.close();
        await new Promise((done) => setTimeout(done, 1000));
        third = await context.newPage();
      }
      await notice(third).waitFor();
      const status = notice(third).getByRole('status');
      await expect.poll(() => status.textContent()).toMatch(/^The handbook was updated/);
      // Thumb-sized, and inside a 390 px screen.
      const button = notice(third).getByRole('button', { name: 'Dismiss' });
      expect((await button.boundingBox())?.height).toBeGreaterThanOrEqual(44);
      const box = await notice(third).boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
      expect(await axeViolations(third, '[data-sw-updated]')).toEqual([]);
      await third.evaluate(() => document.documentElement.classList.add('dark'));
      expect(await axeViolations(third, '[data-sw-updated]')).toEqual([]);
      await button.click();
      expect(await notice(third).count()).toBe(0);

      // Said once: the next page load is quiet.
      await third.reload({ waitUntil: 'load' });
      await third.waitForTimeout(500);
      expect(await notice(third).count()).toBe(0);
      await third.close();
    },
    FIRST_VISIT_MS,
  );
});
