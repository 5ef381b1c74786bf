import { describe, expect, it } from 'vitest';
import {
  ENVELOPE_VERSION,
  encode,
  type KeyValueStore,
  MAX_STORED_CHARS,
  SET_ASIDE_KEY,
  STORAGE_KEY,
  save,
} from '@/lib/readiness/storage';
import { decode, load } from '@/lib/readiness/storage-read';
import { setAsideReasonText } from '@/lib/sentences';
import { MemoryStore } from '../support/memory-store';

const known = new Set(['a', 'b', 'c']);

describe('decode', () => {
  it('round-trips what encode writes', () => {
    expect(decode(encode(['b', 'a']), known)).toEqual({ kind: 'ok', met: ['a', 'b'], dropped: [] });
  });

  it('reads nothing stored as empty', () => {
    expect(decode(null, known)).toEqual({ kind: 'empty', met: [] });
    expect(decode('', known)).toEqual({ kind: 'empty', met: [] });
  });

  it.each([
    ['corrupt JSON', '{"v":1,"met":["a"'],
    ['a bare string', 'hello'],
    ['null JSON', 'null'],
    ['an array', '["a","b"]'],
    ['met as a string', '{"v":1,"met":"a"}'],
    ['met with numbers', '{"v":1,"met":[1,2]}'],
    ['no version', '{"met":["a"]}'],
  ])('sets aside %s with a reason, never throwing', (_label, raw) => {
    const decoded = decode(raw, known);
    expect(decoded.kind).toBe('set-aside');
    expect(decoded.met).toEqual([]);
    expect(decoded.kind === 'set-aside' && setAsideReasonText(decoded.reason).length).toBeGreaterThan(10);
  });

  it('sets aside a record from another version and says which', () => {
    expect(decode(JSON.stringify({ v: ENVELOPE_VERSION + 1, met: ['a'] }), known)).toEqual({
      kind: 'set-aside',
      met: [],
      reason: { problem: 'other-version', version: `${ENVELOPE_VERSION + 1}` },
    });
  });

  it('drops and reports unknown or removed ids, keeping the rest', () => {
    expect(decode(JSON.stringify({ v: 1, met: ['a', 'gone', 'c', 'a'] }), known)).toEqual({
      kind: 'ok',
      met: ['a', 'c'],
      dropped: ['gone'],
    });
  });

  it('is not fooled by __proto__ or constructor keys', () => {
    const hostile = '{"v":1,"met":["__proto__","constructor","a"],"__proto__":{"polluted":true}}';
    const decoded = decode(hostile, known);
    expect(decoded).toEqual({ kind: 'ok', met: ['a'], dropped: ['__proto__', 'constructor'] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('sets aside a huge payload without parsing it', () => {
    const huge = JSON.stringify({ v: 1, met: Array.from({ length: 50_000 }, () => 'a') });
    expect(huge.length).toBeGreaterThan(MAX_STORED_CHARS);
    const decoded = decode(huge, known);
    expect(decoded).toMatchObject({ kind: 'set-aside', met: [] });
  });

  it('sets aside an overlong id list that fits the size limit', () => {
    const many = JSON.stringify({ v: 1, met: Array.from({ length: 1001 }, () => 'a') });
    expect(many.length).toBeLessThan(MAX_STORED_CHARS);
    expect(decode(many, known).kind).toBe('set-aside');
  });
});

describe('load and save', () => {
  it('keeps corrupt data under the set-aside key, so the next save cannot overwrite it', () => {
    const store = new MemoryStore();
    store.items.set(STORAGE_KEY, 'garbage{');
    store.items.set('other-key', 'untouched');
    expect(load(store, known).kind).toBe('set-aside');
    expect(store.items.get(SET_ASIDE_KEY)).toBe('garbage{');
    expect(store.items.has(STORAGE_KEY)).toBe(false);
    expect(save(store, ['a'])).toBe(true);
    expect(store.items.get(SET_ASIDE_KEY)).toBe('garbage{');
    expect(store.items.get('other-key')).toBe('untouched');
    expect(load(store, known)).toEqual({ kind: 'ok', met: ['a'], dropped: [] });
  });

  it('reports a refused write instead of throwing', () => {
    const store = new MemoryStore();
    store.failWrites = true;
    expect(save(store, ['a'])).toBe(false);
  });

  it('reads storage that throws on access as empty', () => {
    const store: KeyValueStore = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {},
      removeItem: () => {},
    };
    expect(load(store, known)).toEqual({ kind: 'empty', met: [] });
  });
});
