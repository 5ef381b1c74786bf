import { describe, expect, it } from 'vitest';
import { exportRecord, MAX_FILE_BYTES, readRecordFile, recordFileName } from '@/lib/assessment/record-file';
import { readiness } from '@/lib/readiness/data';
import { readyRecord } from '../../../scripts/lib/assessment-fixtures.mjs';

const read = (text: string) => readRecordFile(text, readiness);
const valid = () => JSON.parse(exportRecord(readyRecord()));
const message = (text: string) => {
  const r = read(text);
  expect(r.ok).toBe(false);
  return r.ok ? '' : r.message;
};
const edited = (edit: (f: ReturnType<typeof valid>) => void) => {
  const f = valid();
  edit(f);
  return JSON.stringify(f);
};

describe('the record file', () => {
  it('export then import gives back the same record, ids included', () => {
    const record = readyRecord({ goLiveOn: '2026-11-25' });
    record.self = { date: '2026-11-01', met: ['initiates-small-talk'] };
    record.calls[0].notes = { 'covers-next-steps': '12:40 in the recording' };
    const r = read(exportRecord(record, 'https://handbook.example/schemas/x.json'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.record).toEqual({ ...record, version: 2, deletedCalls: [], fieldVersions: {} });
  });

  it('writes the contract fields, a $schema, and what version 2 adds: call ids, the record id, versions', () => {
    const file = JSON.parse(exportRecord(readyRecord(), 'https://h/schemas/x.json'));
    expect(Object.keys(file)).toEqual(
      expect.arrayContaining(['$schema', 'kind', 'version', 'rubricVersion', 'associate', 'calls']),
    );
    expect(file.kind).toBe('readiness-assessment');
    expect(file.version).toBe(2);
    expect(file.id).toBe('rec-sam');
    expect(file.calls[0].id).toBe('rec-sam-call-0');
  });

  it('still imports a version 1 file: its calls get ids, with no version (history unknown)', () => {
    const { id: _id, ...v1 } = readyRecord();
    const r = read(JSON.stringify({ ...v1, calls: v1.calls.map(({ id: _c, ...c }: { id: string }) => c) }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.record.version).toBe(2);
    expect(r.record.calls).toHaveLength(6);
    expect(new Set(r.record.calls.map((c) => c.id)).size).toBe(6);
    expect(r.record.calls.every((c) => c.rev === undefined)).toBe(true);
    expect(r.record).toMatchObject({ deletedCalls: [], fieldVersions: {} });
  });

  it('refuses a version 2 file with two calls under one id', () => {
    const f = valid();
    f.calls[1].id = f.calls[0].id;
    expect(message(JSON.stringify(f))).toMatch(/calls: has two calls with the same id/);
  });

  it('names the file after the Associate and the date, in safe characters only', () => {
    expect(recordFileName('Zoë O’Brien', '2026-11-24')).toBe('readiness-assessment-zoe-o-brien-2026-11-24.json');
    expect(recordFileName('../../etc/passwd', '2026-11-24')).toBe('readiness-assessment-etc-passwd-2026-11-24.json');
    expect(recordFileName('<script>', '2026-11-24')).toBe('readiness-assessment-script-2026-11-24.json');
    expect(recordFileName('', '2026-11-24')).toBe('readiness-assessment-associate-2026-11-24.json');
  });

  it('reads a file that starts with a byte-order mark', () => {
    expect(read(`\uFEFF${exportRecord(readyRecord())}`).ok).toBe(true);
  });

  it.each([
    ['an empty file', '', /empty/],
    ['a file that is not JSON', 'kind: readiness-assessment', /not JSON/],
    ['a JSON list', '[]', /not a record/],
    ['another kind', '{"kind":"something-else","version":1}', /"kind" is "something-else"/],
    ['no kind', '{"version":1}', /"kind" is missing/],
    [
      'a future version',
      edited((f) => Object.assign(f, { version: 3 })),
      /format version 3; this handbook reads versions 1 and 2/,
    ],
    [
      'an impossible date',
      edited((f) => Object.assign(f.calls[2], { date: '2026-02-30' })),
      /calls\[2\]\.date: "2026-02-30" is not a date that exists/,
    ],
    [
      'a date in another format',
      edited((f) => Object.assign(f, { requestedOn: '01/11/2026' })),
      /requestedOn: "01\/11\/2026" must be a date written YYYY-MM-DD/,
    ],
    ['a wrong type', edited((f) => Object.assign(f, { associate: 42 })), /associate: expected string, found number/],
    [
      'a number as a string',
      edited((f) => Object.assign(f.satisfaction, { score: '9' })),
      /satisfaction\.score: expected number, found text/,
    ],
    [
      'a score outside the scale',
      edited((f) => Object.assign(f.satisfaction, { score: 11 })),
      /satisfaction\.score: 11 is outside the 0-10 scale/,
    ],
    ['a negative score', edited((f) => Object.assign(f.satisfaction, { score: -1 })), /satisfaction\.score/],
    [
      'an unknown mark',
      edited((f) => Object.assign(f.calls[0].marks, { 'covers-next-steps': 'maybe' })),
      /calls\[0\]\.marks\.covers-next-steps/,
    ],
    ['a missing field', edited((f) => delete f.calls), /calls: a required field is missing/],
    ['a __proto__ key', `{"kind":"readiness-assessment","version":1,"__proto__":{"x":1}}`, /field named "__proto__"/],
    [
      'a nested constructor key',
      edited((f) => Object.assign(f.calls[0], { constructor: { prototype: 1 } })),
      /field named "constructor" in calls\[0\]/,
    ],
    [
      '10,000 levels of nesting',
      `{"kind":"readiness-assessment","version":1,"associate":${'['.repeat(10_000)}${']'.repeat(10_000)}}`,
      /nested far deeper/,
    ],
    [
      'too many calls',
      edited((f) => Object.assign(f, { calls: Array.from({ length: 201 }, () => f.calls[0]) })),
      /calls: must have at most 200 calls/,
    ],
    [
      'a 100,000 character note',
      edited((f) => Object.assign(f.calls[0], { note: 'x'.repeat(100_000) })),
      /calls\[0\]\.note: must be at most 4000 characters/,
    ],
    [
      'a file too large',
      `{"kind":"readiness-assessment","pad":"${'x'.repeat(MAX_FILE_BYTES)}"}`,
      /too large to be a record/,
    ],
  ])('refuses %s, saying what and where', (_label, text, expected) => {
    expect(message(text)).toMatch(expected);
  });

  it('never lets a file touch a prototype', () => {
    read('{"kind":"readiness-assessment","version":1,"__proto__":{"polluted":true}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
