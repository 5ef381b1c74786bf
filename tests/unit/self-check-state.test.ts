import { describe, expect, it } from 'vitest';
import { initialSelfCheck, type SelfCheckState, selfCheckReducer } from '@/lib/readiness/self-check-state';

const run = (...actions: Parameters<typeof selfCheckReducer>[1][]) =>
  actions.reduce<SelfCheckState>(selfCheckReducer, initialSelfCheck);

describe('the self-check reducer', () => {
  it('keeps ticks made before the saved ones are read, on top of them, and then saves once', () => {
    const s = run(
      { type: 'toggle', id: 'a', checked: true },
      { type: 'toggle', id: 'b', checked: false },
      { type: 'loaded', decoded: { kind: 'ok', met: ['b', 'c'], dropped: [] } },
    );
    expect([...s.met].sort()).toEqual(['a', 'c']);
    expect(s.pendingSave).toBe(true);
    expect(s.restored).toBe(true);
  });

  it('does not save before the saved ticks are read', () => {
    expect(run({ type: 'toggle', id: 'a', checked: true }).pendingSave).toBe(false);
  });

  it('does not save after loading when nothing changed early', () => {
    expect(run({ type: 'loaded', decoded: { kind: 'ok', met: ['a'], dropped: [] } }).pendingSave).toBe(false);
  });

  it('keeps a reset made before the saved ticks arrive', () => {
    const s = run(
      { type: 'reset', ids: ['a', 'b'] },
      { type: 'loaded', decoded: { kind: 'ok', met: ['a', 'b'], dropped: [] } },
    );
    expect([...s.met]).toEqual([]);
  });

  it('stops saving when the saved ticks could not be read, so they are never overwritten', () => {
    const s = run({ type: 'load-failed' }, { type: 'toggle', id: 'a', checked: true });
    expect(s.pendingSave).toBe(false);
    expect(s.notice?.text).toMatch(/could not read the ticks/);
  });

  it('reports set-aside data and dropped ids as notices', () => {
    expect(
      run({ type: 'loaded', decoded: { kind: 'set-aside', met: [], reason: { problem: 'not-json' } } }).notice?.text,
    ).toMatch(/set aside, not deleted/);
    expect(run({ type: 'loaded', decoded: { kind: 'ok', met: [], dropped: ['x', 'y'] } }).notice?.text).toMatch(
      /^2 saved ticks were for indicators no longer on this list and were removed/,
    );
  });

  it('says so when a save fails, and keeps the ticks', () => {
    const s = run(
      { type: 'loaded', decoded: { kind: 'empty', met: [] } },
      { type: 'toggle', id: 'a', checked: true },
      { type: 'saved', ok: false },
    );
    expect(s.notice?.text).toMatch(/would not save your ticks/);
    expect([...s.met]).toEqual(['a']);
  });
});
