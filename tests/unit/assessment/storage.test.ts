import { describe, expect, it } from 'vitest';
import { newCall, newRecord } from '@/lib/assessment/record';
import { assessmentStore, loadAssessments, saveAssessments } from '@/lib/assessment/storage';
import { hasStoredAssessments, noAssessments } from '@/lib/assessment/store';
import { MemoryStore } from '../../support/memory-store';

const valid = () => {
  const r = newRecord('Sam', 1);
  r.calls.push({
    ...newCall('2026-11-02'),
    marks: { 'initiates-small-talk': 'met' },
    notes: { 'initiates-small-talk': '12:40' },
  });
  return r;
};

const stored = (records: unknown[], v = 1) => JSON.stringify({ v, savedAt: '2026-11-24T00:00:00Z', records });

describe('the assessment records in browser storage', () => {
  it('round-trips what it saves', () => {
    const store = new MemoryStore();
    const record = valid();
    const data = { records: [record], device: 'dev1', backup: { at: '2026-11-20T10:00:00.000Z', changes: 3 } };
    expect(saveAssessments(store, data)).toBe(true);
    expect(JSON.parse(store.items.get(assessmentStore.key) ?? '{}').v).toBe(2);
    expect(loadAssessments(store)).toEqual({ ...data, recordsSetAside: 0 });
  });

  it('reads nothing stored as no records, with a new device id', () => {
    expect(loadAssessments(new MemoryStore(), () => 'fresh')).toEqual({
      records: [],
      device: 'fresh',
      backup: { changes: 0 },
      recordsSetAside: 0,
    });
  });

  it('reads version 1 stored records as version 2, and leaves the stored text alone until the next save', () => {
    const store = new MemoryStore();
    const { deletedCalls: _d, fieldVersions: _f, ...old } = { ...valid(), version: 1 };
    const text = stored([old]);
    store.items.set(assessmentStore.key, text);
    const loaded = loadAssessments(store);
    expect(loaded.records).toHaveLength(1);
    expect(loaded.records[0]).toMatchObject({ version: 2, deletedCalls: [], fieldVersions: {}, id: old.id });
    expect(loaded.records[0].calls[0].id).toBe(old.calls[0].id);
    expect(store.items.get(assessmentStore.key)).toBe(text);
    expect(store.items.has(assessmentStore.setAsideKey)).toBe(false);
  });

  it.each([
    ['corrupt JSON', '{"v":1,"records":['],
    ['another version', stored([], 3)],
    ['records as an object', '{"v":1,"records":{}}'],
    ['an array', '[1,2,3]'],
  ])('sets aside %s whole, keeping it under the set-aside key', (_label, raw) => {
    const store = new MemoryStore();
    store.items.set(assessmentStore.key, raw);
    const loaded = loadAssessments(store);
    expect(loaded.records).toEqual([]);
    expect(loaded.setAside).toBeDefined();
    expect(store.items.get(assessmentStore.setAsideKey)).toBe(raw);
    expect(store.items.has(assessmentStore.key)).toBe(false);
  });

  it('sets aside only the bad record, and loads the others', () => {
    const store = new MemoryStore();
    const good = valid();
    const bad = { ...valid(), calls: [{ date: '2026-02-30', lead: 'attended', marks: {} }] };
    store.items.set(assessmentStore.key, stored([bad, good]));
    const loaded = loadAssessments(store);
    expect(loaded.records).toEqual([good]);
    expect(loaded.recordsSetAside).toBe(1);
    expect(JSON.parse(store.items.get(assessmentStore.setAsideKey) ?? '{}').records).toHaveLength(1);
  });

  it.each([
    ['a wrong type', (r: Record<string, unknown>) => Object.assign(r, { associate: 42 })],
    ['a number as a string', (r: Record<string, unknown>) => Object.assign(r, { rubricVersion: '1' })],
    [
      'an unknown mark',
      (r: Record<string, unknown>) => Object.assign(r, { calls: [{ ...valid().calls[0], marks: { 'a-b': 'maybe' } }] }),
    ],
    [
      'a 100,000 character note',
      (r: Record<string, unknown>) => Object.assign(r, { calls: [{ ...valid().calls[0], note: 'x'.repeat(100_000) }] }),
    ],
    ['an impossible date', (r: Record<string, unknown>) => Object.assign(r, { requestedOn: '2026-13-01' })],
  ])('sets aside a record with %s', (_label, spoil) => {
    const store = new MemoryStore();
    const bad = spoil(JSON.parse(JSON.stringify(valid())));
    store.items.set(assessmentStore.key, stored([bad]));
    expect(loadAssessments(store)).toMatchObject({ records: [], recordsSetAside: 1 });
    expect(({} as Record<string, unknown>).met).toBeUndefined();
  });

  it('drops a __proto__ mark key without touching any prototype', () => {
    const store = new MemoryStore();
    const hostile = JSON.parse('{"date":"2026-11-02","lead":"attended","marks":{"__proto__":{"polluted":"met"}}}');
    store.items.set(assessmentStore.key, stored([{ ...valid(), version: 1, calls: [hostile] }]));
    const loaded = loadAssessments(store);
    expect(Object.keys(loaded.records[0].calls[0].marks)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('does not parse an oversized store', () => {
    const store = new MemoryStore();
    store.items.set(assessmentStore.key, stored([valid()]) + ' '.repeat(assessmentStore.maxChars));
    expect(loadAssessments(store).setAside).toMatchObject({ problem: 'too-large' });
  });

  it('never overwrites an earlier set-aside copy', () => {
    const store = new MemoryStore();
    store.items.set(assessmentStore.setAsideKey, 'earlier');
    store.items.set(assessmentStore.key, 'garbage');
    loadAssessments(store);
    expect(store.items.get(assessmentStore.setAsideKey)).toBe('earlier');
    expect([...store.items.values()]).toContain('garbage');
  });

  it('reports a refused write instead of throwing', () => {
    const store = new MemoryStore();
    store.failWrites = true;
    expect(saveAssessments(store, { records: [valid()], device: 'd', backup: { changes: 0 } })).toBe(false);
  });
});

describe('telling whether there is anything to read, before the reader loads', () => {
  it('says no for empty storage, which reads as no records', () => {
    const store = new MemoryStore();
    expect(hasStoredAssessments(store)).toBe(false);
    expect(noAssessments(() => 'fresh')).toEqual(loadAssessments(store, () => 'fresh'));
  });

  it('says yes for stored records of either version, and for text it cannot read', () => {
    for (const text of [stored([valid()], 1), stored([valid()], 2), 'not json']) {
      const store = new MemoryStore();
      store.setItem(assessmentStore.key, text);
      expect(hasStoredAssessments(store)).toBe(true);
    }
  });

  it('says no when storage refuses to be read, as the reader does', () => {
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {},
      removeItem: () => {},
    };
    expect(hasStoredAssessments(blocked)).toBe(false);
    expect(loadAssessments(blocked, () => 'fresh').records).toEqual([]);
  });
});

describe('the fixtures the browser tests seed', () => {
  it('use the storage key the page reads', async () => {
    const { STORAGE_KEY } = await import('../../../scripts/lib/assessment-fixtures.mjs');
    expect(STORAGE_KEY).toBe(assessmentStore.key);
  });
});
