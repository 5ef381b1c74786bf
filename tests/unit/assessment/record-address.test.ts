import { describe, expect, it } from 'vitest';
import { loadLastRecord, saveLastRecord } from '@/lib/assessment/last-record';
import { mayWriteRecordFragment, recordFragment, recordIdFromHash } from '@/lib/assessment/record-address';

describe("a record's address", () => {
  it('round-trips an id through the fragment', () => {
    for (const id of ['rec-sam', 'k3j9x2ab1c', 'rec-sam-2']) {
      expect(recordIdFromHash(recordFragment(id))).toBe(id);
      expect(recordIdFromHash(recordFragment(id).slice(1))).toBe(id);
    }
  });

  it.each([
    ['', null],
    ['#', null],
    ['#self=1.1.a,b', null],
    ['#transfer=abc', null],
    ['#record=', null],
    ['#record=%E0%A4%A', null],
    ['#record=a%20b', null],
    [`#record=${'x'.repeat(65)}`, null],
    ['#records=rec-sam', null],
  ])('reads %j as %j, never throwing', (hash, id) => {
    expect(recordIdFromHash(hash)).toBe(id);
  });

  it('is written only over an empty fragment or an earlier record address, never over another link', () => {
    expect(mayWriteRecordFragment('')).toBe(true);
    expect(mayWriteRecordFragment('#record=rec-sam')).toBe(true);
    expect(mayWriteRecordFragment('#self=1.1.a')).toBe(false);
    expect(mayWriteRecordFragment('#transfer=xyz')).toBe(false);
  });
});

function memoryStore(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
}

describe('the record opened last', () => {
  it('is remembered in a versioned envelope and read back', () => {
    const store = memoryStore();
    expect(loadLastRecord(store)).toBeNull();
    expect(saveLastRecord(store, 'rec-sam')).toBe(true);
    expect(JSON.parse(store.items.get('sop-handbook:assessment-last-record') ?? '')).toMatchObject({
      v: 1,
      id: 'rec-sam',
    });
    expect(loadLastRecord(store)).toBe('rec-sam');
  });

  it('reads garbage as nothing, setting it aside rather than throwing', () => {
    const store = memoryStore({ 'sop-handbook:assessment-last-record': 'not json {' });
    expect(loadLastRecord(store)).toBeNull();
    expect(store.items.get('sop-handbook:assessment-last-record:set-aside')).toBe('not json {');
  });
});
