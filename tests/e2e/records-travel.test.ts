import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  indicatorTitles,
  readyRecord,
  STORAGE_KEY,
  sampleRecord,
  storedRecords,
} from '../../scripts/lib/assessment-fixtures.mjs';
import { launchBrowser } from '../../scripts/lib/browser.mjs';
import { selfCheckReady } from '../../scripts/lib/self-check.mjs';
import {
  ASSESSMENT_PATH,
  assessmentTool,
  axeViolations,
  baseURL,
  storedAssessments,
  type Theme,
  visit,
} from './helpers';
import { pdfText } from './pdf';

const PATH = ASSESSMENT_PATH;
const SHEET = '/docs/sop/independent-leader/assessment/template';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const tool = assessmentTool;
const stored = storedAssessments;
const records = async (page: Page) => JSON.parse((await stored(page)) ?? '{"records":[]}').records;
const fileInput = (page: Page) => page.getByLabel('Record file (.json)');
const file = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
const navText = ['Start here', 'Growth framework', 'Search', 'On this page'];

describe('export and import', () => {
  it('exports a file named after the Associate and the date, which imports back as the same record', async () => {
    const original = readyRecord({ name: 'Zoë Ng', goLiveOn: '2026-11-25' });
    const v = await visit(browser, PATH, { waitUntil: 'load', storage: { [STORAGE_KEY]: storedRecords([original]) } });
    await tool(v.page).waitFor();
    const [download] = await Promise.all([
      v.page.waitForEvent('download'),
      v.page.getByRole('button', { name: 'Export (.json)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^readiness-assessment-zoe-ng-\d{4}-\d{2}-\d{2}\.json$/);
    const text = readFileSync((await download.path()) as string, 'utf8');
    const exported = JSON.parse(text);
    expect(exported.$schema).toBe(`${new URL(baseURL()).origin}/schemas/readiness-assessment-v2.json`);
    expect(exported.kind).toBe('readiness-assessment');
    expect(exported.version).toBe(2);
    // The schema it names is served.
    expect((await v.page.request.get(exported.$schema)).status()).toBe(200);

    // Into an empty browser: preview, then add.
    const w = await visit(browser, PATH, { waitUntil: 'load' });
    await tool(w.page).waitFor();
    await fileInput(w.page).setInputFiles(file(download.suggestedFilename(), text));
    const preview = w.page.getByRole('region', { name: /Review before merging/ });
    expect(await preview.textContent()).toContain('Add a new record for Zoë Ng, with 6 calls.');
    expect(await records(w.page)).toEqual([]);
    await preview.getByRole('button', { name: 'Merge', exact: true }).click();
    // Saved after the frame that shows the merge: wait for it rather than race it.
    await expect.poll(async () => (await records(w.page)).length).toBe(1);
    const [imported] = await records(w.page);
    // The same record, ids included; version 2 adds the (empty) merge history.
    expect(imported).toEqual({ ...original, version: 2, deletedCalls: [], fieldVersions: {} });
    expect(await w.page.locator('[data-verdict]').getAttribute('data-verdict')).toBe('ready');
    expect(w.pageErrors).toEqual([]);
    await v.page.close();
    await w.page.close();
  });

  it('merges into only the record the Lead picks, by name, and cancel changes nothing', async () => {
    const before = storedRecords([
      sampleRecord(),
      sampleRecord({ id: 'rec-b', name: 'Bea', attended: 1, independent: 0 }),
    ]);
    const v = await visit(browser, PATH, { waitUntil: 'load', storage: { [STORAGE_KEY]: before } });
    await tool(v.page).waitFor();
    // A version 1 file (no record id): the Lead says where it goes.
    const { id: _id, ...incomingRecord } = readyRecord({ id: 'laptop', name: 'Bea (from laptop)' });
    const incoming = JSON.stringify(incomingRecord);
    const preview = v.page.getByRole('region', { name: /Review before merging: bea\.json/ });
    await fileInput(v.page).setInputFiles(file('bea.json', incoming));
    await preview.getByRole('button', { name: 'Cancel' }).click();
    await preview.waitFor({ state: 'detached' });
    expect(await stored(v.page)).toBe(before);

    await fileInput(v.page).setInputFiles(file('bea.json', incoming));
    await preview.getByRole('combobox').selectOption({ label: 'Merge it into Bea' });
    // Both copies have a name and neither says when it changed: the Lead picks, the rest merges.
    // Its first call says what Bea's one call says: the same call, not a new one.
    expect(await preview.locator('.as-merge-summary').textContent()).toContain(
      'Merging into the record for Bea: 5 calls added, 2 details of the record changed, 1 conflict.',
    );
    const conflict = preview.getByRole('group', { name: /The Associate's name/ });
    await conflict.getByLabel(/Take the imported/).check();
    await preview.getByRole('button', { name: 'Merge', exact: true }).click();
    await expect
      .poll(async () =>
        (await records(v.page)).map((r: { id: string; associate: string; calls: unknown[] }) => [
          r.id,
          r.associate,
          r.calls.length,
        ]),
      )
      .toEqual([
        ['rec-sam', 'Sam', 6],
        ['rec-b', 'Bea (from laptop)', 6],
      ]);
    await v.page.close();
  });

  it('takes a file dropped on the tool', async () => {
    const v = await visit(browser, PATH, { waitUntil: 'load' });
    await tool(v.page).waitFor();
    const text = JSON.stringify(readyRecord({ name: 'Dropped' }));
    const transfer = await v.page.evaluateHandle((t) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], 'dropped.json', { type: 'application/json' }));
      return dt;
    }, text);
    await tool(v.page).dispatchEvent('dragover', { dataTransfer: transfer });
    await tool(v.page).dispatchEvent('drop', { dataTransfer: transfer });
    await v.page.getByRole('region', { name: /Review before merging: dropped\.json/ }).waitFor();
    // On a slow connection the record's views arrive late: the merge is saved, and the tool stays, meanwhile.
    await v.page.route('**/_islands/**', async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await v.page.getByRole('button', { name: 'Merge', exact: true }).click();
    await expect
      .poll(async () => (await records(v.page)).map((r: { associate: string }) => r.associate))
      .toEqual(['Dropped']);
    expect(await v.page.getByRole('button', { name: 'Add a call' }).count()).toBe(0);
    expect(await tool(v.page).isVisible()).toBe(true);
    await v.page.getByRole('button', { name: 'Add a call' }).waitFor();
    await v.page.close();
  });

  it.each([
    ['not JSON', 'hello', /not JSON/],
    ['another kind', '{"kind":"invoice","version":1}', /"kind" is "invoice"/],
    ['a wrong type', JSON.stringify({ ...readyRecord(), associate: 7 }), /at associate: expected string/],
    [
      'an impossible date',
      JSON.stringify({ ...readyRecord(), requestedOn: '2026-02-30' }),
      /requestedOn: "2026-02-30" is not a date that exists/,
    ],
    [
      'a score outside the scale',
      JSON.stringify({ ...readyRecord(), satisfaction: { score: 12, date: '2026-11-20' } }),
      /outside the 0-10 scale/,
    ],
  ])('a file that is %s names the problem and changes nothing', async (_label, text, message) => {
    const before = storedRecords([sampleRecord()]);
    const v = await visit(browser, PATH, { waitUntil: 'load', storage: { [STORAGE_KEY]: before } });
    await tool(v.page).waitFor();
    await fileInput(v.page).setInputFiles(file('bad.json', text));
    const alert = v.page.locator('.assessment-tool [role="alert"]');
    expect(await alert.textContent()).toMatch(message);
    expect(await alert.textContent()).toContain('Could not import bad.json');
    expect(await stored(v.page)).toBe(before);
    await v.page.close();
  });

  it.each(['light', 'dark'] as Theme[])('the preview and the error state pass axe in %s theme', async (theme) => {
    const v = await visit(browser, PATH, {
      waitUntil: 'load',
      theme,
      storage: { [STORAGE_KEY]: storedRecords([sampleRecord()]) },
    });
    await tool(v.page).waitFor();
    await fileInput(v.page).setInputFiles(file('ok.json', JSON.stringify(readyRecord({ name: 'Preview' }))));
    await v.page.getByRole('region', { name: /Review before merging/ }).waitFor();
    expect(await axeViolations(v.page)).toEqual([]);
    await fileInput(v.page).setInputFiles(file('bad.json', '{'));
    await v.page.locator('.assessment-tool [role="alert"]').waitFor();
    expect(await axeViolations(v.page)).toEqual([]);
    await v.page.close();
  });
});

describe('copy summary', () => {
  it('copies Markdown when the clipboard is granted', async () => {
    const v = await visit(browser, PATH, {
      storage: { [STORAGE_KEY]: storedRecords([{ ...readyRecord(), associate: 'Sam @channel' }]) },
    });
    await v.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await tool(v.page).waitFor();
    await v.page.getByRole('button', { name: 'Copy summary' }).click();
    await v.page.getByText('Summary copied as Markdown').waitFor();
    const copied = await v.page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('**Phase 4 readiness: Sam @\u200bchannel**');
    expect(copied).toContain('Ready for Phase 4: all four criteria hold.');
    await v.page.close();
  });

  it('shows the summary selected, with a message, when the clipboard is blocked', async () => {
    const v = await visit(browser, PATH, {
      waitUntil: 'load',
      storage: { [STORAGE_KEY]: storedRecords([readyRecord()]) },
    });
    await tool(v.page).waitFor();
    await v.page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new DOMException('blocked', 'NotAllowedError')) },
      });
    });
    await v.page.getByRole('button', { name: 'Copy summary' }).click();
    const area = v.page.getByLabel('Summary (Markdown)');
    await area.waitFor();
    expect(await v.page.locator('.assessment-tool [role="alert"]').textContent()).toMatch(
      /would not let the page copy/,
    );
    expect(await area.inputValue()).toContain('Phase 4 readiness: Sam');
    const selected = await area.evaluate((el: HTMLTextAreaElement) => el.selectionEnd - el.selectionStart);
    expect(selected).toBe((await area.inputValue()).length);
    await v.page.close();
  });
});

describe('on paper', () => {
  it('the assessment page prints the record: name, verdict, criteria, grid, safety; no navigation', async () => {
    const record = readyRecord({ goLiveOn: '2026-11-25' });
    record.safety.reviews.push({ date: '2026-11-27', note: 'pricing handled well' });
    const v = await visit(browser, PATH, {
      storage: { [STORAGE_KEY]: storedRecords([record, sampleRecord({ id: 'b', name: 'Other Associate' })]) },
    });
    await tool(v.page).waitFor();
    await v.page.emulateMedia({ media: 'print' });
    const { text } = await pdfText(await v.page.pdf({ format: 'A4' }));
    expect(text).toContain('Sam');
    expect(text).toContain('Ready for Phase 4: all four criteria hold.');
    for (const criterion of ['Indicators shown consistently', 'Observed independent calls', 'Customer satisfaction']) {
      expect(text).toContain(criterion);
    }
    for (const title of indicatorTitles) expect(text.replace(/\s/g, '')).toContain(title.replace(/\s/g, ''));
    expect(text).toContain('pricing handled well');
    expect(text).toContain('1 of 3-4 reviewed.');
    expect(text).not.toContain('Other Associate');
    for (const nav of navText) expect(text).not.toContain(nav);
    expect(text).not.toMatch(/Create record|Delete the record|Add a call|Record the request/);
    await v.page.close();
  });

  it.each(['A4', 'Letter'] as const)(
    'the blank sheet prints on at most two %s pages, with every indicator',
    async (format) => {
      const v = await visit(browser, SHEET, { waitUntil: 'load', javaScript: false });
      await v.page.emulateMedia({ media: 'print' });
      const { pages, text } = await pdfText(await v.page.pdf({ format }));
      expect(pages).toBeLessThanOrEqual(2);
      for (const title of indicatorTitles) expect(text.replace(/\s/g, '')).toContain(title.replace(/\s/g, ''));
      expect(text).toContain('Not observed');
      expect(text).toContain('at least 80% of the indicators (16 of 19)');
      for (const nav of navText) expect(text).not.toContain(nav);
      await v.page.close();
    },
  );

  it('the blank sheet loads no JavaScript beyond what every docs page loads', async () => {
    const scripts = async (path: string) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const seen = new Set<string>();
      page.on('request', (r) => {
        if (r.resourceType() === 'script') seen.add(new URL(r.url()).pathname);
      });
      await page.goto(baseURL() + path, { waitUntil: 'networkidle' });
      await context.close();
      return seen;
    };
    const base = await scripts('/docs/sop/growth-framework');
    const sheet = await scripts(SHEET);
    expect([...sheet].filter((s) => !base.has(s))).toEqual([]);
  });

  it('the readiness page prints the indicators with the ticks and the summary, without navigation', async () => {
    const v = await visit(browser, '/docs/sop/independent-leader');
    await selfCheckReady(v.page);
    for (let i = 0; i < 3; i++) await v.page.getByRole('checkbox').nth(i).check();
    await v.page.emulateMedia({ media: 'print' });
    const { text } = await pdfText(await v.page.pdf({ format: 'A4' }));
    expect(text).toContain('3 of 19 indicators met');
    for (const title of indicatorTitles) expect(text.replace(/\s/g, '')).toContain(title.replace(/\s/g, ''));
    for (const nav of navText) expect(text).not.toContain(nav);
    expect(text).not.toContain('Reset the self-check');
    await v.page.close();
  });
});
