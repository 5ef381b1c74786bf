import { describe, expect, it } from 'vitest';
import {
  backupDue,
  exportBackup,
  readBackupFile,
  readIncomingFile,
  readIncomingFileInSteps,
} from '@/lib/assessment/backup';
import { backupStatusText } from '@/lib/assessment/messages';
import { exportRecord } from '@/lib/assessment/record-file';
import { normaliseRecord } from '@/lib/assessment/record-schema';
import { readiness } from '@/lib/readiness/data';
import { readyRecord, sampleRecord } from '../../../scripts/lib/assessment-fixtures.mjs';

const v2 = (r: unknown) => normaliseRecord(r as Parameters<typeof normaliseRecord>[0], () => 'x');
const records = () => [v2(readyRecord()), v2(sampleRecord({ id: 'bea', name: 'Bea' }))];
const read = (text: string) => readBackupFile(text, readiness);
const failure = (text: string) => {
  const r = read(text);
  expect(r.ok).toBe(false);
  return r.ok ? '' : r.message;
};
const backupOf = (list: unknown[]) =>
  JSON.stringify({ kind: 'readiness-assessment-backup', version: 1, savedAt: '2026-11-30T10:00:00Z', records: list });

describe('the backup file', () => {
  it('round-trips every record', () => {
    const r = read(exportBackup(records(), '2026-11-30T10:00:00.000Z', 'https://h/schemas/b.json'));
    expect(r).toEqual({ ok: true, records: records(), savedAt: '2026-11-30T10:00:00.000Z' });
  });

  it('is told apart from a record file by Import', () => {
    expect(readIncomingFile(exportBackup(records(), '2026-11-30T10:00:00Z'), readiness)).toMatchObject({
      ok: true,
      kind: 'backup',
    });
    expect(readIncomingFile(exportRecord(records()[0]), readiness)).toMatchObject({ ok: true, kind: 'record' });
  });

  it('reads the same in steps, pausing once between the JSON and the checks (and not at all on a broken file)', async () => {
    const texts = [
      exportBackup(records(), '2026-11-30T10:00:00Z'),
      exportRecord(records()[0]),
      exportRecord({ ...records()[0], associate: 'x'.repeat(500) }),
      '{"kind":"readiness-assessment","version":2,"__proto__":{}}',
      '{"kind":',
      '',
    ];
    const pauses: number[] = [];
    for (const text of texts) {
      let paused = 0;
      const stepped = await readIncomingFileInSteps(text, readiness, async () => {
        paused++;
      });
      expect(stepped).toEqual(readIncomingFile(text, readiness));
      pauses.push(paused);
    }
    expect(pauses).toEqual([1, 1, 1, 0, 0, 0]);
  });

  it.each([
    ['the wrong kind', '{"kind":"readiness-assessment","version":2,"records":[]}', /"kind" is "readiness-assessment"/],
    ['another version', '{"kind":"readiness-assessment-backup","version":9,"records":[]}', /format version 9/],
    ['not JSON', '{"kind":', /not JSON/],
    [
      '10,000 records',
      backupOf(Array.from({ length: 10_000 }, () => ({}))),
      /holds 10,000 records; a backup holds at most 100/,
    ],
    [
      'duplicate record ids',
      backupOf([readyRecord({ id: 'same' }), readyRecord({ id: 'same', name: 'Other' })]),
      /two records with the id "same" \(records\[0\] and records\[1\]\)/,
    ],
    [
      'a record that fails inside a valid backup',
      backupOf([readyRecord(), { ...readyRecord({ id: 'b' }), goLiveOn: '2026-02-30' }]),
      /A record in the backup is not valid at records\[1\]\.goLiveOn: "2026-02-30" is not a date that exists/,
    ],
    ['no records', backupOf([]), /holds no records/],
    ['a __proto__ key', `{"kind":"readiness-assessment-backup","version":1,"__proto__":{}}`, /field named "__proto__"/],
  ])('refuses %s, saying why', (_label, text, expected) => {
    expect(failure(text)).toMatch(expected);
  });

  it('says when the last backup was, and reminds only past a week with changes', () => {
    const now = new Date('2026-12-04T12:00:00Z');
    expect(backupStatusText('2026-12-01T10:00:00Z', 5, now)).toBe('Last backup 3 days ago; 5 changes since.');
    expect(backupStatusText(undefined, 0, now)).toBe('No backup saved yet.');
    expect(backupDue({ at: '2026-12-01T10:00:00Z', changes: 5 }, now)).toBe(false);
    expect(backupDue({ at: '2026-11-20T10:00:00Z', changes: 5 }, now)).toBe(true);
    expect(backupDue({ at: '2026-11-20T10:00:00Z', changes: 0 }, now)).toBe(false);
    expect(backupDue({ changes: 1 }, now)).toBe(true);
  });
});
