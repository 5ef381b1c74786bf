import { describe, expect, it } from 'vitest';
import { type AssessmentRecord, type Call, type Mark, newRecord } from '@/lib/assessment/record';
import { computeVerdict, type Rubric, safetyStatus } from '@/lib/assessment/verdict';
import { readiness } from '@/lib/readiness/data';

const ids = readiness.groups.flatMap((g) => g.indicators.map((i) => i.id));

let seq = 0;
function call(
  date: string,
  marks: Record<string, Mark> | ((id: string, i: number) => Mark),
  extra: Partial<Call> = {},
): Call {
  const m = typeof marks === 'function' ? Object.fromEntries(ids.map((id, i) => [id, marks(id, i)])) : marks;
  return { id: `c${seq++}`, date, lead: 'attended', marks: m, notes: {}, ...extra };
}

/** n indicators met on every call, the rest not met. */
const metFirst =
  (n: number) =>
  (_id: string, i: number): Mark =>
    i < n ? 'met' : 'not-met';

function record(calls: Call[], extra: Partial<AssessmentRecord> = {}): AssessmentRecord {
  return { ...newRecord('Sam', readiness.version), calls, ...extra };
}

const strongAbsent = (date: string): Call => call(date, {}, { lead: 'absent', observed: 'recording', strong: true });

const allOther: Partial<AssessmentRecord> = {
  satisfaction: { score: 9, date: '2026-11-20' },
  requestedOn: '2026-11-01',
};

const criterion = (r: AssessmentRecord, id: string, rubric: Rubric = readiness) =>
  computeVerdict(r, rubric).criteria.find((c) => c.id === id);

const fourCalls = (n: number) =>
  ['2026-11-02', '2026-11-05', '2026-11-09', '2026-11-12'].map((d) => call(d, metFirst(n)));

describe('the indicators criterion', () => {
  it('holds with 16 of 19 consistent over 4 calls, and not with 15', () => {
    expect(criterion(record(fourCalls(16)), 'indicators')).toMatchObject({ met: true });
    const fifteen = criterion(record(fourCalls(15)), 'indicators');
    expect(fifteen).toMatchObject({ met: false });
    expect(fifteen?.text).toBe('15 of 19 shown consistently; 1 more needed.');
  });

  it('needs at least the minimum number of assessed calls: 3 calls are not enough', () => {
    const three = record(fourCalls(19).slice(0, 3));
    const c = criterion(three, 'indicators');
    expect(c?.met).toBe(false);
    expect(c?.text).toBe('19 of 19 shown consistently; 3 of 4 assessed calls so far, 1 more needed.');
  });

  it('counts 6 calls, and a 7th pushes the oldest out of the window', () => {
    const dates = ['2026-10-01', '2026-10-08', '2026-10-15', '2026-10-22', '2026-10-29', '2026-11-05'];
    // The oldest call is the only one where the last 4 indicators were met; every call meets the first 15.
    const six = dates.map((d, i) => call(d, (_id, j) => (j < 15 || (i === 0 && j < 19) ? 'met' : 'not-met')));
    // 15 consistent: the last four are met once in 6 observed calls (1/6 < 0.75).
    expect(computeVerdict(record(six), readiness).window).toHaveLength(6);
    const seventh = call('2026-11-12', metFirst(16));
    const v = computeVerdict(record([...six, seventh]), readiness);
    expect(v.window).toHaveLength(6);
    expect(v.window).not.toContain(six[0].id);
    expect(v.indicators.get(ids[15])).toMatchObject({ observed: 6, met: 1, consistent: false });
  });

  it('orders the window by date, not by the order calls were added', () => {
    const late = call('2026-12-01', metFirst(19));
    const early = ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06'].map((d) =>
      call(d, metFirst(0)),
    );
    const v = computeVerdict(record([late, ...early]), readiness);
    expect(v.window[5]).toBe(late.id);
    expect(v.window).not.toContain(early[0].id);
  });

  it('leaves calls with nothing observed out of the window', () => {
    const blank = call('2026-11-30', () => 'not-observed');
    const v = computeVerdict(record([...fourCalls(19), blank]), readiness);
    expect(v.window).not.toContain(blank.id);
    expect(v.criteria[0].met).toBe(true);
  });

  it('is not met when everything is not observed', () => {
    const v = computeVerdict(
      record(['2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04'].map((d) => call(d, () => 'not-observed'))),
      readiness,
    );
    expect(v.window).toEqual([]);
    expect(v.consistent).toBe(0);
    expect(v.criteria[0]).toMatchObject({ met: false });
  });

  it('does not count an indicator observed once, even when met', () => {
    const calls = fourCalls(0);
    calls[0].marks[ids[0]] = 'met';
    for (const c of calls.slice(1)) delete c.marks[ids[0]];
    expect(computeVerdict(record(calls), readiness).indicators.get(ids[0])).toMatchObject({
      observed: 1,
      met: 1,
      consistent: false,
    });
  });

  it('compares the met share exactly: 3 of 4 is 75% and counts; 2 of 3 does not', () => {
    const calls = fourCalls(0);
    calls.forEach((c, i) => {
      c.marks[ids[0]] = i < 3 ? 'met' : 'not-met';
    });
    expect(computeVerdict(record(calls), readiness).indicators.get(ids[0])?.consistent).toBe(true);
    const three = calls.slice(1);
    three[0].marks[ids[0]] = 'not-met';
    expect(computeVerdict(record(three), readiness).indicators.get(ids[0])?.consistent).toBe(false);
  });

  it('ignores ids the indicator list no longer has, and counts every current one', () => {
    const calls = fourCalls(16);
    for (const c of calls) c.marks['retired-indicator'] = 'met';
    const v = computeVerdict(record(calls), readiness);
    expect(v.total).toBe(19);
    expect(v.indicators.has('retired-indicator')).toBe(false);
    expect(v.consistent).toBe(16);
  });

  it('does not let a "constructor" key or an unknown id stand in for a real mark', () => {
    const calls = ['2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04'].map((d) =>
      call(d, { constructor: 'met' } as Record<string, Mark>),
    );
    const v = computeVerdict(record(calls), readiness);
    expect(v.window).toEqual([]);
    expect(v.consistent).toBe(0);
  });
});

describe('the observed independent calls criterion', () => {
  it('counts absent calls observed live or by recording and judged strong', () => {
    const r = record([
      strongAbsent('2026-11-01'),
      call('2026-11-02', {}, { lead: 'absent', observed: 'live', strong: true }),
    ]);
    expect(criterion(r, 'observed-calls')).toMatchObject({ met: true });
  });

  it.each([
    ['not observed', { lead: 'absent', observed: 'no', strong: true }],
    ['not strong', { lead: 'absent', observed: 'live', strong: false }],
    ['the Lead attended', { lead: 'attended', observed: 'live', strong: true }],
  ] as const)('does not count a call that was %s', (_label, extra) => {
    const r = record([strongAbsent('2026-11-01'), call('2026-11-02', {}, { ...extra })]);
    const c = criterion(r, 'observed-calls');
    expect(c).toMatchObject({ met: false, text: '1 of 2 observed independent calls; 1 more needed.' });
  });
});

describe('the satisfaction criterion', () => {
  it.each([
    [8, false],
    [8.5, true],
    [9, true],
    [10, true],
  ])('a score of %d is met: %s', (score, met) => {
    expect(criterion(record([], { satisfaction: { score, date: '2026-11-20' } }), 'satisfaction')?.met).toBe(met);
  });

  it.each([10.5, -1, Number.NaN, Number.POSITIVE_INFINITY])('a score of %d is out of range and never met', (score) => {
    const c = criterion(record([], { satisfaction: { score, date: '2026-11-20' } }), 'satisfaction');
    expect(c?.met).toBe(false);
    expect(c?.text).toMatch(/outside the 0-10 scale/);
  });

  it('says what is needed when nothing is recorded', () => {
    expect(criterion(record([]), 'satisfaction')?.text).toBe(
      'No score from Customer Success recorded yet; above 8/10 needed.',
    );
  });
});

describe('the request criterion', () => {
  it('holds once the date the Associate asked is recorded', () => {
    expect(criterion(record([]), 'request')?.met).toBe(false);
    expect(criterion(record([], { requestedOn: '2026-11-01' }), 'request')).toMatchObject({
      met: true,
      text: 'The Associate asked on 1 Nov 2026.',
    });
  });
});

describe('the verdict', () => {
  const everything = () => record([...fourCalls(16), strongAbsent('2026-11-14'), strongAbsent('2026-11-16')], allOther);

  it('is ready only when all four criteria hold', () => {
    expect(computeVerdict(everything(), readiness).ready).toBe(true);
  });

  it.each(['indicators', 'observed-calls', 'satisfaction', 'request'])('is not ready when only %s fails', (id) => {
    const r = everything();
    if (id === 'indicators') r.calls = [...fourCalls(15), ...r.calls.slice(4)];
    if (id === 'observed-calls') r.calls = r.calls.slice(0, 5);
    if (id === 'satisfaction') r.satisfaction = { score: 8, date: '2026-11-20' };
    if (id === 'request') r.requestedOn = undefined;
    const v = computeVerdict(r, readiness);
    expect(v.ready).toBe(false);
    expect(v.criteria.filter((c) => !c.met).map((c) => c.id)).toEqual([id]);
  });

  it('flags where the Associate and the Lead disagree, both ways', () => {
    const r = everything();
    r.self = { date: '2026-11-01', met: [ids[18], ...ids.slice(0, 15)] };
    const v = computeVerdict(r, readiness);
    expect(v.indicators.get(ids[18])?.disagreement).toBe('associate-only');
    expect(v.indicators.get(ids[15])?.disagreement).toBe('lead-only');
    expect(v.indicators.get(ids[0])?.disagreement).toBeUndefined();
  });
});

describe('the safety period', () => {
  const withReviews = (n: number, goLiveOn?: string) =>
    record([], {
      goLiveOn,
      safety: {
        reviews: Array.from({ length: n }, (_, i) => ({ date: `2026-12-0${i + 1}`, note: '' })),
        checkIns: [],
        escalations: [],
      },
    });

  it('has not started without a go-live date', () => {
    expect(safetyStatus(withReviews(0), readiness)).toMatchObject({ started: false, complete: false });
  });

  it('counts reviews in words, and is complete at the most the data file asks for', () => {
    expect(safetyStatus(withReviews(2, '2026-11-25'), readiness).text).toBe('2 of 3-4 reviewed.');
    expect(safetyStatus(withReviews(3, '2026-11-25'), readiness).complete).toBe(false);
    const done = safetyStatus(withReviews(4, '2026-11-25'), readiness);
    expect(done.complete).toBe(true);
    expect(done.text).toBe('Safety period complete: 4 of 3-4 recordings reviewed.');
  });
});
