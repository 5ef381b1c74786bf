import { describe, expect, it } from 'vitest';
import {
  criterionIndicatorsText,
  safetyProgressText,
  unloadableText,
  verdictHeadline,
} from '@/lib/assessment/messages';
import { focusAreasLine, reviewersText, selfCheckDropped, selfCheckSummary } from '@/lib/readiness/messages';
import { score } from '@/lib/readiness/scoring';
import { count, formatDate, joinList } from '@/lib/sentences';

describe('the sentences the readiness features show', () => {
  it('puts nouns in the right number', () => {
    expect(count(1, 'tick', 'ticks')).toBe('1 tick');
    expect(count(0, 'tick', 'ticks')).toBe('0 ticks');
    expect(count(2, 'tick', 'ticks')).toBe('2 ticks');
  });

  it('joins lists the English way', () => {
    expect(joinList(['the Director'])).toBe('the Director');
    expect(joinList(['the Director', 'the Leads'])).toBe('the Director and the Leads');
    expect(joinList(['a', 'b', 'c'])).toBe('a, b, and c');
    expect(reviewersText([])).toBe('Leadership');
  });

  it('says how many dropped ticks there were, in the right number', () => {
    expect(selfCheckDropped(1).text).toMatch(
      /^1 saved tick was for an indicator no longer on this list and was removed/,
    );
    expect(selfCheckDropped(3).text).toMatch(/^3 saved ticks were for indicators/);
  });

  it('summarises the self-check against the threshold', () => {
    const groups = [{ id: 'g', title: 'G', indicators: Array.from({ length: 19 }, (_, i) => ({ id: `i${i}` })) }];
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `i${i}`);
    expect(selfCheckSummary(score({ threshold: 0.8, groups }, ids(15)), '80%')).toBe(
      '15 of 19 indicators met (78%). 1 more needed to reach 80% (16 of 19).',
    );
    expect(selfCheckSummary(score({ threshold: 0.8, groups }, ids(16)), '80%')).toBe(
      '16 of 19 indicators met (84%). The 80% threshold is met.',
    );
  });

  it('always has a focus areas line: a prompt with nothing ticked, the two weakest groups, or none', () => {
    const groups = ['a', 'b', 'c'].map((g) => ({
      id: g,
      title: g.toUpperCase(),
      indicators: Array.from({ length: 5 }, (_, i) => ({ id: `${g}${i}` })),
    }));
    const result = (n: number) =>
      score({ threshold: 0.8, groups }, groups.flatMap((g) => g.indicators.map((i) => i.id)).slice(0, n));
    expect(focusAreasLine(result(0), '80%')).toBe(
      'tick what you already do, and the groups furthest from 80% show here.',
    );
    expect(focusAreasLine(result(1), '80%')).toBe('B (0 of 5); C (0 of 5)');
    expect(focusAreasLine(result(15), '80%')).toBe('none. Every group has reached 80%.');
  });

  it('says what the indicators criterion is missing, in numbers', () => {
    expect(
      criterionIndicatorsText({ consistent: 13, total: 19, required: 16, calls: 4, minCalls: 4, met: false }),
    ).toBe('13 of 19 shown consistently; 3 more needed.');
    expect(
      criterionIndicatorsText({ consistent: 16, total: 19, required: 16, calls: 1, minCalls: 4, met: false }),
    ).toBe('16 of 19 shown consistently; 1 of 4 assessed calls so far, 3 more needed.');
  });

  it('words the verdict and the safety period', () => {
    expect(verdictHeadline(false, 1)).toBe('Not ready yet: 1 criterion does not hold.');
    expect(verdictHeadline(false, 3)).toBe('Not ready yet: 3 criteria do not hold.');
    expect(safetyProgressText(true, 2, 3, 4)).toBe('2 of 3-4 reviewed.');
    expect(safetyProgressText(true, 2, 3, 3)).toBe('2 of 3 reviewed.');
  });

  it('reads dates without moving them a day by time zone', () => {
    expect(formatDate('2026-11-01')).toBe('1 Nov 2026');
    expect(formatDate('2026-12-31')).toBe('31 Dec 2026');
  });
});

describe('code that failed to load', () => {
  it('says what could not be done and what to try', () => {
    expect(unloadableText('reads record files')).toBe(
      'this page could not load the code that reads record files. Check the connection and try again.',
    );
  });
});

describe('after "Send to your Lead"', () => {
  it('says what the Lead does with the link, and that asking for independent calls is a separate step', async () => {
    const { requestSeparateText, sendNextText } = await import('@/lib/readiness/messages');
    expect(sendNextText()).toMatch(/attaches it to your record/);
    expect(requestSeparateText()).toMatch(/does not ask for independent calls/);
    expect(requestSeparateText()).toMatch(/separate step you take with your Lead/);
  });
});
