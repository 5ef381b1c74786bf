import { describe, expect, it } from 'vitest';
import { readiness } from '@/lib/readiness/data';
import { meets, requiredCount, toFraction } from '@/lib/readiness/rational';
import { type ScoringInput, score } from '@/lib/readiness/scoring';

const allIds = readiness.groups.flatMap((g) => g.indicators.map((i) => i.id));
const firstN = (n: number) => allIds.slice(0, n);

/** A flat data set of `total` indicators in one group. */
function flat(total: number, threshold: number): ScoringInput {
  return {
    threshold,
    groups: [{ id: 'g', title: 'G', indicators: Array.from({ length: total }, (_, i) => ({ id: `i${i}` })) }],
  };
}
const ids = (n: number) => Array.from({ length: n }, (_, i) => `i${i}`);

describe('score against the real file (19 indicators, 80%)', () => {
  it('15 of 19 is not ready and needs 1 more', () => {
    const s = score(readiness, firstN(15));
    expect(s).toMatchObject({ met: 15, total: 19, required: 16, remaining: 1, ready: false, percent: 78 });
  });

  it('16 of 19 is ready', () => {
    expect(score(readiness, firstN(16))).toMatchObject({
      met: 16,
      required: 16,
      remaining: 0,
      ready: true,
      percent: 84,
    });
  });

  it('none ticked needs all 16', () => {
    expect(score(readiness, [])).toMatchObject({ met: 0, remaining: 16, ready: false, percent: 0 });
  });

  it('all ticked is ready at 100%', () => {
    expect(score(readiness, allIds)).toMatchObject({ met: 19, remaining: 0, ready: true, percent: 100 });
  });

  it('ignores ids that are not indicators, and counts duplicates once', () => {
    expect(score(readiness, [...firstN(3), 'not-an-indicator', allIds[0]]).met).toBe(3);
  });

  it('counts per group, and names the groups furthest below the threshold', () => {
    // All of group 1 and 2, one of group 3, none of group 4.
    const [g1, g2, g3] = readiness.groups;
    const ticked = [...g1.indicators, ...g2.indicators, g3.indicators[0]].map((i) => i.id);
    const s = score(readiness, ticked);
    expect(s.groups.map((g) => [g.id, g.met, g.total, g.required, g.shortfall])).toEqual([
      ['communication-relationship', 5, 5, 4, 0],
      ['strategic-thinking', 5, 5, 4, 0],
      ['autonomy-confidence', 1, 5, 4, 3],
      ['quality-consistency', 0, 4, 4, 4],
    ]);
    expect(s.focusAreas.map((g) => g.id)).toEqual(['quality-consistency', 'autonomy-confidence']);
  });

  it('has no focus areas when every group meets the threshold', () => {
    expect(score(readiness, allIds).focusAreas).toEqual([]);
  });

  it('one group only: the others are the focus areas', () => {
    const s = score(
      readiness,
      readiness.groups[0].indicators.map((i) => i.id),
    );
    expect(s).toMatchObject({ met: 5, ready: false, remaining: 11 });
    // Three groups tie at none met and 4 short; the file's order breaks the tie.
    expect(s.focusAreas.map((g) => g.id)).toEqual(['strategic-thinking', 'autonomy-confidence']);
  });
});

describe('exact threshold arithmetic', () => {
  it('7 of 10 at 0.7 is ready (0.7 × 10 is 7.000000000000001 in floating point)', () => {
    expect(score(flat(10, 0.7), ids(7))).toMatchObject({ required: 7, ready: true });
    expect(score(flat(10, 0.7), ids(6))).toMatchObject({ required: 7, ready: false, remaining: 1 });
  });

  it.each([
    [10, 0.7, 7],
    [19, 0.8, 16],
    [20, 0.8, 16],
    [3, 1, 3],
    [3, 0.1, 1],
    [100, 0.29, 29],
    [10, 0.3, 3],
    [6, 0.5, 3],
    [7, 1 / 3, 3],
  ])('%i indicators at %s need %i', (total, threshold, required) => {
    expect(requiredCount(total, toFraction(threshold))).toBe(required);
    expect(meets(required, total, toFraction(threshold))).toBe(true);
    expect(meets(required - 1, total, toFraction(threshold))).toBe(false);
  });

  it('reads thresholds as the decimals they were written as', () => {
    expect(toFraction(0.8)).toEqual({ num: 8n, den: 10n });
    expect(toFraction(1)).toEqual({ num: 1n, den: 1n });
    expect(toFraction(1e-7)).toEqual({ num: 1n, den: 10000000n });
  });
});
