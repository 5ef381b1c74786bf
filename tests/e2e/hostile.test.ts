import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readyRecord, STORAGE_KEY, sampleRecord, storedRecords } from '../../scripts/lib/assessment-fixtures.mjs';
import { launchBrowser } from '../../scripts/lib/browser.mjs';
import { visit } from './helpers';

/**
 * Every input the site reads, fed hostile values: stored self-checks, stored records, import files
 * and self-check links. For each case the page stays up with no page or console error, the reader
 * gets a clear message, and the records already stored are unchanged.
 */
const READINESS = '/docs/sop/independent-leader';
const ASSESSMENT = '/docs/sop/independent-leader/assessment';
const SELF_KEY = 'sop-handbook:readiness-self-check';

type Case =
  | { input: 'stored self-check'; value: string; message: RegExp }
  | { input: 'stored records'; value: string; message: RegExp; keeps?: string[] }
  | { input: 'import file'; value: string | (() => string); message: RegExp }
  | { input: 'link'; value: string; message: RegExp };

const valid = readyRecord({ id: 'kept', name: 'Kept Associate' });
const recordWith = (extra: object) => JSON.stringify({ ...readyRecord(), ...extra });
const callWith = (extra: object) => recordWith({ calls: [{ ...sampleRecord().calls[0], ...extra }] });
const html = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
const nested = (n: number) =>
  `{"kind":"readiness-assessment","version":1,"associate":${'['.repeat(n)}${']'.repeat(n)}}`;
const setAside = /set aside, not deleted/;
const notImported = /Could not import .*Nothing was changed\./;
const preview = /Add as a new record/;

const cases: [string, Case][] = [
  // Stored self-checks (the readiness page).
  ['self-check: not JSON', { input: 'stored self-check', value: '{"v":1,"met":[', message: setAside }],
  [
    'self-check: a future version',
    { input: 'stored self-check', value: '{"v":99,"met":[]}', message: /different format \(version 99\)/ },
  ],
  ['self-check: 1 MB of text', { input: 'stored self-check', value: 'x'.repeat(1_000_000), message: /too large/ }],
  ['self-check: ids as numbers', { input: 'stored self-check', value: '{"v":1,"met":[1,2,3]}', message: setAside }],
  [
    'self-check: __proto__ and constructor ids',
    {
      input: 'stored self-check',
      value: '{"v":1,"met":["__proto__","constructor"]}',
      message: /no longer on this list/,
    },
  ],
  [
    'self-check: markup as an id',
    { input: 'stored self-check', value: JSON.stringify({ v: 1, met: [html] }), message: /no longer on this list/ },
  ],
  [
    'self-check: a list instead of an object',
    { input: 'stored self-check', value: '["initiates-small-talk"]', message: setAside },
  ],
  ['self-check: null', { input: 'stored self-check', value: 'null', message: setAside }],
  // Stored records (the assessment page).
  ['records: not JSON', { input: 'stored records', value: '{"v":1,"records":[', message: setAside }],
  [
    'records: a future version',
    { input: 'stored records', value: '{"v":7,"records":[]}', message: /different format \(version 7\)/ },
  ],
  ['records: 2.1 MB of text', { input: 'stored records', value: 'y'.repeat(2_100_000), message: /too large/ }],
  ['records: records as an object', { input: 'stored records', value: '{"v":1,"records":{"a":1}}', message: setAside }],
  [
    'records: NaN written as a string',
    {
      input: 'stored records',
      value: storedRecords([valid, { ...readyRecord({ id: 'x' }), rubricVersion: 'NaN' }]),
      message: /1 saved record could not be read/,
      keeps: ['Kept Associate'],
    },
  ],
  [
    'records: an impossible date',
    {
      input: 'stored records',
      value: storedRecords([valid, { ...readyRecord({ id: 'x' }), requestedOn: '2026-02-30' }]),
      message: /1 saved record/,
      keeps: ['Kept Associate'],
    },
  ],
  [
    'records: 10,000 calls',
    {
      input: 'stored records',
      value: storedRecords([
        valid,
        {
          ...readyRecord({ id: 'x' }),
          calls: Array.from({ length: 10_000 }, () => ({ date: '2026-11-02', lead: 'attended', marks: {} })),
        },
      ]),
      message: /1 saved record/,
      keeps: ['Kept Associate'],
    },
  ],
  [
    'records: a negative rubric version',
    {
      input: 'stored records',
      value: storedRecords([valid, { ...readyRecord({ id: 'x' }), rubricVersion: -1 }]),
      message: /1 saved record/,
      keeps: ['Kept Associate'],
    },
  ],
  [
    'records: markup in every text field',
    {
      input: 'stored records',
      value: storedRecords([
        { ...readyRecord({ id: 'h', name: html }), calls: [{ ...sampleRecord().calls[0], label: html, note: html }] },
      ]),
      message: /<img src=x onerror="window.__pwned=1">/,
      keeps: [html],
    },
  ],
  // Import files.
  ['import: an empty file', { input: 'import file', value: '', message: /The file is empty/ }],
  ['import: not JSON', { input: 'import file', value: 'readiness assessment, Sam', message: /not JSON/ }],
  [
    'import: a byte-order mark before a valid record',
    { input: 'import file', value: `\uFEFF${JSON.stringify(readyRecord())}`, message: preview },
  ],
  [
    'import: valid JSON of 20 MB',
    {
      input: 'import file',
      value: () => `{"kind":"readiness-assessment","pad":"${'z'.repeat(20_000_000)}"}`,
      message: /too large to be a record/,
    },
  ],
  ['import: nesting 10,000 deep', { input: 'import file', value: nested(10_000), message: /nested far deeper/ }],
  [
    'import: a __proto__ key',
    {
      input: 'import file',
      value: '{"kind":"readiness-assessment","version":1,"__proto__":{"polluted":1}}',
      message: /field named "__proto__"/,
    },
  ],
  [
    'import: a constructor key',
    {
      input: 'import file',
      value: recordWith({ constructor: { prototype: { polluted: 1 } } }),
      message: /field named "constructor"/,
    },
  ],
  [
    'import: a prototype key in a call',
    { input: 'import file', value: callWith({ prototype: 1 }), message: /field named "prototype" in calls\[0\]/ },
  ],
  [
    'import: a number as a string',
    {
      input: 'import file',
      value: recordWith({ rubricVersion: '1' }),
      message: /rubricVersion: expected number, found text/,
    },
  ],
  [
    'import: NaN',
    {
      input: 'import file',
      value: '{"kind":"readiness-assessment","version":1,"rubricVersion":NaN}',
      message: /not JSON/,
    },
  ],
  [
    'import: Infinity',
    {
      input: 'import file',
      value: '{"kind":"readiness-assessment","version":1,"rubricVersion":Infinity}',
      message: /not JSON/,
    },
  ],
  [
    'import: a negative count',
    { input: 'import file', value: recordWith({ rubricVersion: -3 }), message: /rubricVersion/ },
  ],
  [
    'import: a fractional count',
    { input: 'import file', value: recordWith({ rubricVersion: 1.5 }), message: /rubricVersion/ },
  ],
  [
    'import: a fractional format version',
    { input: 'import file', value: recordWith({ version: 1.5 }), message: /format version 1\.5/ },
  ],
  [
    'import: 10,000 calls',
    {
      input: 'import file',
      value: recordWith({
        calls: Array.from({ length: 10_000 }, () => ({ date: '2026-11-02', lead: 'attended', marks: {} })),
      }),
      message: /calls: must have at most 200 calls/,
    },
  ],
  [
    'import: a 100,000 character note',
    {
      input: 'import file',
      value: callWith({ note: 'n'.repeat(100_000) }),
      message: /calls\[0\]\.note: must be at most 4000 characters/,
    },
  ],
  [
    'import: markup and script in every text field',
    {
      input: 'import file',
      value: JSON.stringify({
        ...readyRecord({ name: html }),
        calls: [{ ...sampleRecord().calls[0], label: html, note: html, notes: { 'covers-next-steps': html } }],
        satisfaction: { score: 9, date: '2026-11-20', confirmedBy: html },
      }),
      message: preview,
    },
  ],
  [
    'import: a right-to-left override and zero-width characters in the name',
    { input: 'import file', value: recordWith({ associate: 'Sam\u202Eevil\u200B\u200D' }), message: preview },
  ],
  [
    'import: 30 February',
    {
      input: 'import file',
      value: callWith({ date: '2026-02-30' }),
      message: /calls\[0\]\.date: "2026-02-30" is not a date that exists/,
    },
  ],
  [
    'import: 31 April',
    {
      input: 'import file',
      value: recordWith({ goLiveOn: '2026-04-31' }),
      message: /goLiveOn: "2026-04-31" is not a date that exists/,
    },
  ],
  [
    'import: a future format version',
    {
      input: 'import file',
      value: recordWith({ version: 2 }),
      message: /format version 2; this handbook reads version 1/,
    },
  ],
  [
    'import: a rubric version whose ids no longer exist',
    {
      input: 'import file',
      value: recordWith({
        rubricVersion: 7,
        calls: [{ date: '2026-11-02', lead: 'attended', marks: { 'a-retired-indicator': 'met' } }],
      }),
      message: preview,
    },
  ],
  [
    'import: another kind of file',
    { input: 'import file', value: '{"kind":"readiness-self-check","version":1}', message: /not an assessment record/ },
  ],
  // Self-check links.
  ['link: garbage', { input: 'link', value: '#self=%%%%', message: /damaged or incomplete/ }],
  ['link: truncated', { input: 'link', value: '#self=1.', message: /damaged or incomplete/ }],
  ['link: markup', { input: 'link', value: `#self=1.1.${encodeURIComponent(html)}`, message: /damaged or incomplete/ }],
  [
    'link: another format',
    { input: 'link', value: '#self=3.1.covers-next-steps', message: /different version of the handbook/ },
  ],
  [
    'link: another rubric version',
    { input: 'link', value: '#self=1.2.covers-next-steps', message: /different version of the indicator list/ },
  ],
  [
    'link: 10,000 characters',
    { input: 'link', value: `#self=1.1.${'x-'.repeat(5000)}`, message: /far longer than any real one/ },
  ],
  [
    'link: only ids that no longer exist',
    {
      input: 'link',
      value: '#self=1.1.gone-one,gone-two',
      message: /2 ticks were for indicators no longer on the list/,
    },
  ],
];

let browser: Browser;
let files: string;
beforeAll(async () => {
  browser = await launchBrowser();
  files = mkdtempSync(join(tmpdir(), 'sop-hostile-'));
});
afterAll(async () => {
  await browser?.close();
  if (files) rmSync(files, { recursive: true, force: true });
});

describe(`the hostile-input suite (${cases.length} cases)`, () => {
  it('has at least 40 cases across all four inputs', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map(([, c]) => c.input)).size).toBe(4);
  });

  it.each(cases)('%s', async (_name, c) => {
    const kept = storedRecords([valid]);
    const storage: Record<string, string> = {};
    if (c.input === 'stored self-check') storage[SELF_KEY] = c.value;
    else storage[STORAGE_KEY] = c.input === 'stored records' ? c.value : kept;
    const path = c.input === 'stored self-check' ? READINESS : ASSESSMENT + (c.input === 'link' ? c.value : '');
    const v = await visit(browser, path, { waitUntil: 'load', storage });
    const { page } = v;
    const before = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
    await page
      .locator(c.input === 'stored self-check' ? '[data-restored="true"]' : '[data-assessment-ready="true"]')
      .waitFor();

    if (c.input === 'import file') {
      // A file on disk, as a Lead picks one: Chromium reads it itself, even at 20 MB.
      const file = join(files, `${cases.findIndex(([, x]) => x === c)}-hostile.json`);
      writeFileSync(file, typeof c.value === 'function' ? c.value() : c.value);
      await page.getByLabel('Record file (.json)').setInputFiles(file);
    }
    // The client root only, not the <noscript> fallback beside it.
    const tool = page.locator(
      c.input === 'stored self-check' ? '.readiness-checklist' : '.assessment-tool [data-assessment-ready]',
    );
    await expect.poll(() => tool.textContent(), { timeout: 10_000 }).toMatch(c.message);

    if (c.input === 'import file' && c.message !== preview) expect(await tool.textContent()).toMatch(notImported);
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
    if (c.input === 'stored records') {
      const names = await page.getByRole('list', { name: 'Associates' }).getByRole('button').allTextContents();
      for (const name of c.keeps ?? []) expect(names.some((n) => n.includes(name))).toBe(true);
    } else {
      // Records already stored are unchanged (for a good file, until the Lead chooses).
      expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(before);
    }
    expect(v.pageErrors).toEqual([]);
    expect(v.consoleErrors).toEqual([]);
    await page.close();
  });
});
