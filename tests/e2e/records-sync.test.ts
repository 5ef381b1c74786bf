import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  indicatorIds,
  indicatorTitles,
  STORAGE_KEY,
  sampleRecord,
  storedRecords,
} from '../../scripts/lib/assessment-fixtures.mjs';
import { launchBrowser } from '../../scripts/lib/browser.mjs';
import { seedStorageOnce } from '../../scripts/lib/seed-storage.mjs';
import { ASSESSMENT_PATH, assessmentTool, axeViolations, baseURL, storedAssessments, type Theme } from './helpers';

/**
 * Records that follow the Lead between a laptop and a phone: device links, merges with conflicts,
 * backups, and what the page says about the browser keeping them.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Device {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

const LAPTOP = { viewport: { width: 1280, height: 900 } };
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

/** A browser of its own (fresh storage), with page and console errors collected. */
async function device(
  options: typeof LAPTOP | typeof PHONE,
  { storage, theme = 'light' }: { storage?: Record<string, string>; theme?: Theme } = {},
): Promise<Device> {
  const context = await browser.newContext({ ...options, colorScheme: theme });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  // No save dialog a test could answer: browser-fs-access falls back to a download, as elsewhere.
  await page.addInitScript(() => {
    delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
    delete (window as { showOpenFilePicker?: unknown }).showOpenFilePicker;
  });
  await page.addInitScript((t) => localStorage.setItem('theme', t), theme);
  if (storage) await seedStorageOnce(page, storage);
  return { context, page, errors };
}

async function open(d: Device, url = baseURL() + ASSESSMENT_PATH) {
  await d.page.goto(url, { waitUntil: 'load' });
  await assessmentTool(d.page).waitFor();
}

const records = async (page: Page) => JSON.parse((await storedAssessments(page)) ?? '{"records":[]}').records;

async function makeLink(page: Page): Promise<string> {
  // The first time on a page, the button opens the panel, which makes the link at once.
  // The record's actions load after first paint: wait for one of the two buttons to be there.
  const offer = page.getByRole('button', { name: 'Open on another device' });
  const make = page.getByRole('button', { name: /Make (a|the) link/ });
  await offer.or(make).first().waitFor();
  if (await offer.count()) await offer.click();
  else await make.click();
  const input = page.getByLabel(/Link for another device/);
  await input.waitFor();
  return input.inputValue();
}

/** Sets one mark of the 2 Nov call through the call form, as the Lead does. */
async function setFirstMark(page: Page, mark: 'Met' | 'Not met' | 'Not observed') {
  await page.getByRole('button', { name: 'Edit the call of 2 Nov 2026' }).click();
  const group = page.getByRole('group', { name: indicatorTitles[0], exact: true });
  await group.getByRole('radio', { name: mark, exact: true }).check();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByRole('button', { name: 'Add a call' }).waitFor();
}

const review = (page: Page) => page.getByRole('region', { name: /Review before merging/ });
const firstMark = (record: { calls: { id: string; marks: Record<string, string> }[] }) =>
  record.calls.find((c) => c.id === 'rec-sam-call-0')?.marks[indicatorIds[0]] ?? 'not-observed';

describe('a record that moves between a laptop and a phone', () => {
  it("opens from the laptop's link on the phone, merges back with a conflict, and the Lead's pick holds", async () => {
    const laptop = await device(LAPTOP, { storage: { [STORAGE_KEY]: storedRecords([sampleRecord()]) } });
    const phone = await device(PHONE);
    await open(laptop);
    const link = await makeLink(laptop.page);
    expect(link).toMatch(/#transfer=2\.[A-Za-z0-9_-]+$/);
    expect(new URL(link).pathname).toBe(ASSESSMENT_PATH);

    // The phone: a preview first, the fragment gone from the address, nothing stored yet.
    await open(phone, link);
    await review(phone.page).waitFor();
    expect(phone.page.url()).not.toContain('transfer');
    expect(new URL(phone.page.url()).hash).toMatch(/^(#record=[^#]+)?$/);
    expect(await review(phone.page).textContent()).toContain('Add a new record for Sam, with 6 calls.');
    expect(await records(phone.page)).toEqual([]);
    await review(phone.page).getByRole('button', { name: 'Merge', exact: true }).click();
    // Saved after the frame that shows the merge: wait for it rather than race it.
    await expect.poll(async () => (await records(phone.page)).length).toBe(1);
    const [onPhone] = await records(phone.page);
    expect(onPhone.id).toBe('rec-sam');
    expect(onPhone.calls).toHaveLength(6);

    // Both edit the same call, differently.
    await setFirstMark(laptop.page, 'Not met');
    await setFirstMark(phone.page, 'Not observed');
    await expect.poll(async () => firstMark((await records(laptop.page))[0])).toBe('not-met');

    // The phone's link back to the laptop: one conflict, which the Lead resolves.
    const back = await makeLink(phone.page);
    await open(laptop, back);
    const r = review(laptop.page);
    await r.waitFor();
    expect(await r.locator('.as-merge-summary').textContent()).toMatch(/Merging into the record for Sam: 1 conflict\./);
    const conflict = r.getByRole('group', { name: /A call changed on both devices \(2 Nov 2026\)/ });
    expect(await conflict.textContent()).toMatch(/Keep this device's: .*0 met.*|Keep this device's: /);
    await conflict.getByRole('radio', { name: /Take the imported/ }).check();
    await r.getByRole('button', { name: 'Merge', exact: true }).click();
    await r.waitFor({ state: 'detached' });
    await expect.poll(async () => firstMark((await records(laptop.page))[0])).toBe('not-observed');
    expect(await laptop.page.getByRole('alert').first().textContent()).toContain('Merged 1 record (1 conflict)');

    // The same copy again changes nothing, and asks nothing.
    await open(laptop, back);
    await review(laptop.page).waitFor();
    expect(await review(laptop.page).textContent()).toContain('Nothing to merge');
    expect(await review(laptop.page).getByRole('radio').count()).toBe(0);
    await review(laptop.page).getByRole('button', { name: 'Close' }).click();

    // And the laptop's copy, back on the phone, brings the pick without a conflict.
    const again = await makeLink(laptop.page);
    await open(phone, again);
    await review(phone.page).waitFor();
    expect(await review(phone.page).getByRole('radio').count()).toBe(0);
    await review(phone.page)
      .getByRole('button', { name: /Merge|Close/ })
      .first()
      .click();
    await expect.poll(async () => firstMark((await records(phone.page))[0])).toBe('not-observed');

    expect(laptop.errors).toEqual([]);
    expect(phone.errors).toEqual([]);
    await laptop.context.close();
    await phone.context.close();
  });

  it('backs up every record, and after the site storage is cleared, restoring gives the same records', async () => {
    const laptop = await device(LAPTOP, {
      storage: { [STORAGE_KEY]: storedRecords([sampleRecord(), sampleRecord({ id: 'rec-bea', name: 'Bea' })]) },
    });
    await open(laptop);
    expect(await laptop.page.locator('.as-backup-status').textContent()).toBe('No backup saved yet.');
    const [download] = await Promise.all([
      laptop.page.waitForEvent('download'),
      laptop.page.getByRole('button', { name: 'Save a backup' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^readiness-assessments-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const path = (await download.path()) as string;
    const backup = JSON.parse(readFileSync(path, 'utf8'));
    expect(backup.kind).toBe('readiness-assessment-backup');
    expect(backup.records).toHaveLength(2);
    await laptop.page.getByText('Last backup today; no changes since.').waitFor();
    const before = await records(laptop.page);

    await laptop.context.clearCookies();
    await laptop.page.evaluate(() => localStorage.clear());
    await laptop.page.reload({ waitUntil: 'load' });
    await assessmentTool(laptop.page).waitFor();
    expect(await records(laptop.page)).toEqual([]);
    await laptop.page.getByLabel('Restore a backup (.json)').setInputFiles(path);
    const r = review(laptop.page);
    await r.waitFor();
    expect(await r.getByRole('listitem').allTextContents()).toEqual([
      'Add a new record for Sam, with 6 calls.',
      'Add a new record for Bea, with 6 calls.',
    ]);
    await r.getByRole('button', { name: 'Merge', exact: true }).click();
    await r.waitFor({ state: 'detached' });
    await expect.poll(() => records(laptop.page)).toEqual(before);
    expect(laptop.errors).toEqual([]);
    await laptop.context.close();
  });

  it.each([
    ['laptop', LAPTOP],
    ['phone', PHONE],
  ] as const)('on a %s, says what navigator.storage.persisted() says once a record exists', async (_name, options) => {
    const d = await device(options);
    await open(d);
    expect(await d.page.locator('[data-protection]').count()).toBe(0);
    await d.page.getByLabel("New record: the Associate's name").fill('Sam');
    await d.page.getByRole('button', { name: 'Create record' }).click();
    const shown = d.page.locator('[data-protection]');
    await shown.waitFor();
    const persisted = await d.page.evaluate(() => navigator.storage.persisted());
    expect(await shown.getAttribute('data-protection')).toBe(persisted ? 'kept' : 'may-clear');
    expect(await shown.textContent()).toMatch(
      persisted ? /^Protected storage/ : /may clear these records.*Home Screen/,
    );
    expect(d.errors).toEqual([]);
    await d.context.close();
  });
});

/** A stored record, and a copy of it changed elsewhere, whose 2 Nov call conflicts. */
function conflicting() {
  const base = { ...sampleRecord(), version: 2, deletedCalls: [], fieldVersions: {} };
  const local = structuredClone(base);
  local.calls[0] = { ...local.calls[0], rev: { laptop: 1 }, updatedAt: '2026-11-30T10:00:00.000Z', label: 'Laptop' };
  const incoming = structuredClone(base);
  incoming.calls[0] = {
    ...incoming.calls[0],
    rev: { phone: 1 },
    updatedAt: '2026-11-30T11:00:00.000Z',
    label: 'Phone',
  };
  const stored = JSON.stringify({
    v: 2,
    savedAt: '2026-11-20T00:00:00Z',
    records: [local],
    device: 'laptop',
    backup: { changes: 4 },
  });
  return { stored, incoming: JSON.stringify(incoming) };
}

describe('the new panels pass axe', () => {
  it.each([
    ['light', LAPTOP],
    ['dark', LAPTOP],
    ['light', PHONE],
    ['dark', PHONE],
  ] as const)('%s theme, %o', async (theme, options) => {
    const { stored, incoming } = conflicting();
    const d = await device(options, { theme, storage: { [STORAGE_KEY]: stored } });
    await open(d);
    // The backup reminder (changes, never backed up) and the protection line.
    await d.page.getByText('These records have never been backed up.', { exact: false }).waitFor();
    await d.page.locator('[data-protection]').waitFor();
    // The device link with its QR code.
    await makeLink(d.page);
    await d.page.getByRole('button', { name: 'Show a QR code' }).click();
    await d.page.getByRole('img', { name: /QR code/ }).waitFor();
    // A review with a conflict.
    await d.page
      .getByLabel('Record file (.json)')
      .setInputFiles({ name: 'phone.json', mimeType: 'application/json', buffer: Buffer.from(incoming) });
    await review(d.page)
      .getByRole('group', { name: /Conflict/ })
      .waitFor();
    expect(await axeViolations(d.page)).toEqual([]);
    // Thumb-sized targets on a phone.
    if (options === PHONE) {
      for (const name of ['Save a backup', 'Merge', 'Show a QR code', 'Copy link']) {
        const box = await d.page.getByRole('button', { name, exact: true }).first().boundingBox();
        expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
      }
    }
    expect(d.errors).toEqual([]);
    await d.context.close();
  });
});
