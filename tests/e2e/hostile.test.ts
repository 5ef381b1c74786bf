import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
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
  | { input: 'link'; value: string; message: RegExp }
  | { input: 'backup file'; value: string | (() => string); message: RegExp }
  /** Opened as a link; `later` sets it on the open page instead (a link opened in a tab the tool is in). */
  | { input: 'device link'; value: string | (() => string); message: RegExp; later?: boolean }
  /** An import that conflicts with what is stored: a preview naming the conflict, nothing stored changes. */
  | { input: 'merge'; value: string; stored: string; message: RegExp };

const valid = readyRecord({ id: 'kept', name: 'Kept Associate' });
const recordWith = (extra: object) => JSON.stringify({ ...readyRecord(), ...extra });
const callWith = (extra: object) => recordWith({ calls: [{ ...sampleRecord().calls[0], ...extra }] });
const html = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
const nested = (n: number) =>
  `{"kind":"readiness-assessment","version":1,"associate":${'['.repeat(n)}${']'.repeat(n)}}`;
const setAside = /set aside, not deleted/;
const notImported = /Could not import .*Nothing was changed\./;
const preview = /Review before merging/;
const notRestored = /Could not restore .*Nothing was changed\./;

// Backups, device links and merges (format version 2).
const backupOf = (records: unknown[], extra: object = {}) =>
  JSON.stringify({
    kind: 'readiness-assessment-backup',
    version: 1,
    savedAt: '2026-11-30T10:00:00Z',
    records,
    ...extra,
  });
const transfer = (data: string | Buffer, format = 2) =>
  `#transfer=${format}.${deflateRawSync(typeof data === 'string' ? Buffer.from(data) : data).toString('base64url')}`;
const v2 = (r: object, extra: object = {}) => ({ ...r, version: 2, deletedCalls: [], fieldVersions: {}, ...extra });
const at = '2026-11-30T10:00:00.000Z';
/** The kept record as stored by version 2, its first call and name last changed on the laptop. */
const keptV2 = () => {
  const r = v2(valid) as ReturnType<typeof readyRecord>;
  r.calls[0] = { ...r.calls[0], label: 'Laptop', rev: { laptop: 1 }, updatedAt: at };
  r.fieldVersions = { associate: { updatedAt: at, rev: { laptop: 1 } } };
  return r;
};
const storedV2 = () =>
  JSON.stringify({ v: 2, savedAt: at, records: [keptV2()], device: 'laptop', backup: { changes: 1 } });
/** A copy of the kept record changed on the phone since they parted. */
const phoneCopy = (edit: (r: ReturnType<typeof keptV2>) => void) => {
  const r = keptV2();
  r.calls[0] = { ...r.calls[0], rev: { phone: 1 } };
  r.fieldVersions = {};
  edit(r);
  return JSON.stringify(r);
};
const markers = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `gone-${i}`, deletedAt: at, rev: { phone: 1 } }));

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
      value: recordWith({ version: 3 }),
      message: /format version 3; this handbook reads versions 1 and 2/,
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
  // Backup files (Restore a backup).
  [
    'backup: the wrong kind',
    {
      input: 'backup file',
      value: '{"kind":"readiness-assessment-backup-v9","version":1,"records":[]}',
      message: /not an assessment record/,
    },
  ],
  [
    'backup: another format version',
    { input: 'backup file', value: backupOf([readyRecord()], { version: 9 }), message: /backup is format version 9/ },
  ],
  [
    'backup: duplicate record ids',
    {
      input: 'backup file',
      value: backupOf([readyRecord({ id: 'same' }), readyRecord({ id: 'same', name: 'Twin' })]),
      message: /two records with the id "same"/,
    },
  ],
  [
    'backup: 10,000 records',
    {
      input: 'backup file',
      value: () => backupOf(Array.from({ length: 10_000 }, (_, i) => ({ id: `r${i}` }))),
      message: /holds 10,000 records; a backup holds at most 100/,
    },
  ],
  [
    'backup: a record that fails inside a valid backup',
    {
      input: 'backup file',
      value: backupOf([readyRecord({ id: 'a' }), { ...readyRecord({ id: 'b' }), requestedOn: '2026-02-30' }]),
      message: /records\[1\]\.requestedOn: "2026-02-30" is not a date that exists/,
    },
  ],
  ['backup: not JSON', { input: 'backup file', value: '{"kind":"readiness-assessment-backup",', message: /not JSON/ }],
  [
    'backup: a __proto__ key',
    {
      input: 'backup file',
      value: '{"kind":"readiness-assessment-backup","version":1,"records":[{"__proto__":{"polluted":1}}]}',
      message: /field named "__proto__"/,
    },
  ],
  [
    'backup: records as an object',
    {
      input: 'backup file',
      value: backupOf([]).replace('"records":[]', '"records":{"a":1}'),
      message: /backup is not valid at records/,
    },
  ],
  ['backup: no records', { input: 'backup file', value: backupOf([]), message: /holds no records/ }],
  [
    'backup: 5 MB',
    {
      input: 'backup file',
      value: () => backupOf([{ pad: 'p'.repeat(5_000_000) }]),
      message: /too large to be a backup/,
    },
  ],
  [
    'backup: 10,000 deletion markers in a record',
    {
      input: 'backup file',
      value: backupOf([v2(readyRecord(), { deletedCalls: markers(10_000) })]),
      message: /records\[0\]\.deletedCalls: must have at most 1000 deletion markers/,
    },
  ],
  // Device links (#transfer=).
  ['device link: truncated', { input: 'device link', value: '#transfer=2.', message: /damaged or incomplete/ }],
  ['device link: no format number', { input: 'device link', value: '#transfer=abc', message: /damaged or incomplete/ }],
  ['device link: not base64url', { input: 'device link', value: '#transfer=2.***', message: /damaged or incomplete/ }],
  [
    'device link: not deflate',
    {
      input: 'device link',
      value: `#transfer=2.${Buffer.from(JSON.stringify(readyRecord())).toString('base64url')}`,
      message: /does not hold a record this handbook can unpack/,
    },
  ],
  [
    'device link: cut off halfway',
    {
      input: 'device link',
      value: () => transfer(JSON.stringify(readyRecord())).slice(0, 200),
      message: /does not hold a record this handbook can unpack|not JSON|damaged or incomplete/,
    },
  ],
  [
    'device link: a compression bomb',
    {
      input: 'device link',
      value: () => transfer(Buffer.alloc(20_000_000)),
      message: /unpacks to more than a record can hold/,
    },
  ],
  [
    'device link: another format version',
    {
      input: 'device link',
      value: () => transfer(JSON.stringify(readyRecord()), 3),
      message: /different version of the handbook/,
    },
  ],
  [
    'device link: a record of another format version',
    {
      input: 'device link',
      value: () => transfer(JSON.stringify({ ...readyRecord(), version: 3 })),
      message: /format version 3; this handbook reads versions 1 and 2/,
    },
  ],
  [
    'device link: 10,000 deletion markers',
    {
      input: 'device link',
      value: () => transfer(JSON.stringify(v2(readyRecord(), { deletedCalls: markers(10_000) }))),
      message: /deletedCalls: must have at most 1000 deletion markers/,
    },
  ],
  [
    'device link: a huge fragment',
    {
      input: 'device link',
      value: () => `#transfer=2.${'A'.repeat(1_500_000)}`,
      message: /far longer than any record/,
      // Chromium's navigation takes minutes to carry a 1.5 MB address; a fragment change is instant.
      later: true,
    },
  ],
  [
    'device link: deflate of text, not JSON',
    { input: 'device link', value: () => transfer('hello'), message: /not JSON/ },
  ],
  [
    'device link: markup in every text field',
    {
      input: 'device link',
      value: () =>
        transfer(
          JSON.stringify({
            ...readyRecord({ name: html }),
            calls: [{ ...sampleRecord().calls[0], label: html, note: html }],
          }),
        ),
      message: preview,
    },
  ],
  [
    'device link: a __proto__ key',
    {
      input: 'device link',
      value: () => transfer('{"kind":"readiness-assessment","version":2,"__proto__":{"polluted":1}}'),
      message: /field named "__proto__"/,
    },
  ],
  // Merges of conflicting copies (an import of the kept record, changed on both sides).
  [
    'merge: a call changed on both sides',
    {
      input: 'merge',
      stored: storedV2(),
      value: phoneCopy((r) => Object.assign(r.calls[0], { label: 'Phone' })),
      message: /Merging into the record for Kept Associate: 1 conflict\./,
    },
  ],
  [
    'merge: a call deleted on one side and changed on the other',
    {
      input: 'merge',
      stored: storedV2(),
      value: phoneCopy((r) => {
        r.deletedCalls = [{ id: r.calls[0].id, deletedAt: at, rev: { phone: 1 } }];
        r.calls.shift();
      }),
      message: /1 conflict\..*Deleted \(30 Nov 2026\)/,
    },
  ],
  [
    "merge: the Associate's name changed on both sides",
    {
      input: 'merge',
      stored: storedV2(),
      value: phoneCopy((r) => {
        r.calls[0] = { ...r.calls[0], label: 'Laptop', rev: { laptop: 1 } };
        r.associate = 'Renamed on the phone';
        r.fieldVersions = { associate: { updatedAt: at, rev: { phone: 1 } } };
      }),
      message: /1 conflict\..*Renamed on the phone/,
    },
  ],
  [
    'merge: two calls under one id',
    {
      input: 'merge',
      stored: storedV2(),
      value: phoneCopy((r) => {
        r.calls[1].id = r.calls[0].id;
      }),
      message: /calls: has two calls with the same id/,
    },
  ],
  [
    'merge: a version naming 10,000 devices',
    {
      input: 'merge',
      stored: storedV2(),
      value: phoneCopy((r) => {
        r.calls[0].rev = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`d${i}`, 1]));
      }),
      message: /rev: names more than 50 devices/,
    },
  ],
  [
    'merge: a negative version count',
    {
      input: 'merge',
      stored: storedV2(),
      value: phoneCopy((r) => {
        r.calls[0].rev = { phone: -5 };
      }),
      message: /calls\[0\]\.rev\.phone/,
    },
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
  it('has at least 70 cases across all seven inputs', () => {
    expect(cases.length).toBeGreaterThanOrEqual(70);
    expect(new Set(cases.map(([, c]) => c.input)).size).toBe(7);
  });

  it.each(cases)('%s', async (_name, c) => {
    const kept = c.input === 'merge' ? c.stored : storedRecords([valid]);
    const storage: Record<string, string> = {};
    if (c.input === 'stored self-check') storage[SELF_KEY] = c.value;
    else storage[STORAGE_KEY] = c.input === 'stored records' ? c.value : kept;
    const deviceLink = c.input === 'device link' ? (typeof c.value === 'function' ? c.value() : c.value) : '';
    const fragment = c.input === 'link' ? c.value : c.input === 'device link' && !c.later ? deviceLink : '';
    const path = c.input === 'stored self-check' ? READINESS : ASSESSMENT + fragment;
    const v = await visit(browser, path, { waitUntil: 'load', storage });
    const { page } = v;
    const before = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
    await page
      .locator(c.input === 'stored self-check' ? '[data-restored="true"]' : '[data-assessment-ready="true"]')
      .waitFor();

    if (c.input === 'device link' && c.later) {
      await page.evaluate((hash) => {
        window.location.hash = hash;
      }, deviceLink);
    }
    if (c.input === 'import file' || c.input === 'merge' || c.input === 'backup file') {
      // A file on disk, as a Lead picks one: Chromium reads it itself, even at 20 MB.
      const file = join(files, `${cases.findIndex(([, x]) => x === c)}-hostile.json`);
      writeFileSync(file, typeof c.value === 'function' ? c.value() : c.value);
      const label = c.input === 'backup file' ? 'Restore a backup (.json)' : 'Record file (.json)';
      await page.getByLabel(label).setInputFiles(file);
    }
    // The client root only, not the <noscript> fallback beside it.
    const tool = page.locator(
      c.input === 'stored self-check' ? '.readiness-checklist' : '.assessment-tool [data-assessment-ready]',
    );
    await expect.poll(() => tool.textContent(), { timeout: 10_000 }).toMatch(c.message);

    if (c.input === 'import file' && c.message !== preview) expect(await tool.textContent()).toMatch(notImported);
    if (c.input === 'backup file') expect(await tool.textContent()).toMatch(notRestored);
    if (c.input === 'device link') {
      // Read once, and gone from the address (which may then name the open record: #record=<id>).
      expect(page.url()).not.toContain('transfer');
      expect(new URL(page.url()).hash).toMatch(/^(#record=[^#]+)?$/);
      if (c.message !== preview) expect(await tool.textContent()).toMatch(/Nothing was changed/);
    }
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
