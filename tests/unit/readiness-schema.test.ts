import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decided, stillOpen } from '@/lib/readiness/questions';
import { formatPath, parseReadiness, ReadinessDataError } from '@/lib/readiness/schema';

const realFile = () => JSON.parse(readFileSync('content/data/readiness.json', 'utf8'));

/** The problems parseReadiness reports for a mutated copy of the real file. */
function problemsAfter(mutate: (data: ReturnType<typeof realFile>) => void): string[] {
  const data = realFile();
  mutate(data);
  try {
    parseReadiness(data);
  } catch (error) {
    expect(error).toBeInstanceOf(ReadinessDataError);
    return (error as ReadinessDataError).problems;
  }
  throw new Error('expected the mutated file to be rejected');
}

describe('the readiness data file', () => {
  it('is valid, with the proposal’s four groups and 19 indicators', () => {
    const data = parseReadiness(realFile());
    expect(data.groups.map((g) => g.title)).toEqual([
      'Communication & Relationship Ownership',
      'Strategic Thinking & Problem-Solving',
      'Autonomy & Confidence',
      'Quality & Consistency',
    ]);
    expect(data.groups.map((g) => g.indicators.length)).toEqual([5, 5, 5, 4]);
    expect(data.threshold).toBe(0.8);
    expect(data.transition.assessedCalls).toEqual({ min: 4, max: 6 });
    expect(data.transition.observedIndependentCalls.min).toBe(2);
    expect(data.transition.customerSatisfaction).toEqual({ above: 8, scale: 10 });
    expect(data.safety.reviewedRecordings).toEqual({ min: 3, max: 4 });
  });
});

describe('the schema rejects, naming the path and the rule', () => {
  it('a duplicate indicator id, naming the id and where it was first used', () => {
    const problems = problemsAfter((d) => {
      d.groups[1].indicators[3].id = d.groups[0].indicators[2].id;
    });
    expect(problems).toEqual([
      'groups[1].indicators[3].id: duplicate id "overlapping-communication" (already used at groups[0].indicators[2].id)',
    ]);
  });

  it('an indicator id that repeats a group id', () => {
    const problems = problemsAfter((d) => {
      d.groups[2].indicators[0].id = 'strategic-thinking';
    });
    expect(problems[0]).toMatch(/^groups\[2\]\.indicators\[0\]\.id: duplicate id "strategic-thinking"/);
  });

  it('an empty group', () => {
    expect(problemsAfter((d) => (d.groups[2].indicators = []))).toEqual([
      'groups[2].indicators: a group needs at least one indicator',
    ]);
  });

  it.each([
    [0, 'threshold: threshold must be a fraction above 0 (0.8 means 80%)'],
    [1.5, 'threshold: threshold must be a fraction no greater than 1 (0.8 means 80%)'],
    [-0.2, 'threshold: threshold must be a fraction above 0 (0.8 means 80%)'],
  ])('threshold %s', (threshold, message) => {
    expect(problemsAfter((d) => (d.threshold = threshold))).toEqual([message]);
  });

  it('accepts a threshold of exactly 1', () => {
    const data = realFile();
    data.threshold = 1;
    expect(parseReadiness(data).threshold).toBe(1);
  });

  it('minimum calls above maximum calls', () => {
    expect(problemsAfter((d) => (d.transition.assessedCalls = { min: 7, max: 6 }))).toEqual([
      'transition.assessedCalls.min: min must not be greater than max',
    ]);
  });

  it('a missing title', () => {
    const problems = problemsAfter((d) => {
      delete d.groups[3].indicators[1].title;
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^groups\[3\]\.indicators\[1\]\.title: /);
  });

  it('a blank description', () => {
    expect(problemsAfter((d) => (d.groups[0].indicators[0].description = '   '))).toEqual([
      'groups[0].indicators[0].description: must not be empty',
    ]);
  });

  it('an id that is not kebab-case', () => {
    expect(problemsAfter((d) => (d.groups[0].indicators[4].id = 'Async_Comms'))).toEqual([
      'groups[0].indicators[4].id: must be kebab-case (lowercase letters and digits joined by single hyphens)',
    ]);
  });

  it('an unknown {token} in a description', () => {
    expect(problemsAfter((d) => (d.groups[0].indicators[0].description = 'Scores above {nps}'))[0]).toMatch(
      /^groups\[0\]\.indicators\[0\]\.description: uses an unknown \{token\}/,
    );
  });

  it('every problem at once, in one error whose message lists them', () => {
    const data = realFile();
    data.threshold = 2;
    data.groups[0].indicators = [];
    expect(() => parseReadiness(data, 'a copy')).toThrow(
      /a copy is invalid:\n {2}- threshold: .*\n {2}- groups\[0\]\.indicators: /,
    );
  });
});

describe('formatPath', () => {
  it('writes indices in brackets and keys with dots', () => {
    expect(formatPath(['groups', 1, 'indicators', 3, 'id'])).toBe('groups[1].indicators[3].id');
    expect(formatPath([])).toBe('');
  });
});

describe('decisions on the open questions', () => {
  it('a decision without a date is rejected, naming where', () => {
    const problems = problemsAfter((d) => {
      d.status.openQuestions[1] = { question: 'Where does the section live?', decision: { text: 'On its own page.' } };
    });
    expect(problems).toEqual(['status.openQuestions[1].decision.date: a decision needs a date (YYYY-MM-DD)']);
  });

  it('a decision dated on a day that does not exist is rejected', () => {
    const problems = problemsAfter((d) => {
      d.status.openQuestions[0] = { question: 'Q', decision: { text: 'Yes.', date: '2026-02-30' } };
    });
    expect(problems).toEqual(['status.openQuestions[0].decision.date: is not a date that exists']);
  });

  it('questions written as text stay open; decided ones never appear as open', () => {
    const data = realFile();
    data.status.openQuestions.push({ question: 'Is the rule final?', decision: { text: 'Yes.', date: '2026-12-01' } });
    data.status.openQuestions.push({ question: 'Still thinking?' });
    const { status } = parseReadiness(data);
    const open = stillOpen(status).map((q) => q.question);
    expect(open).toContain('Still thinking?');
    expect(open).not.toContain('Is the rule final?');
    expect(open).toHaveLength(status.openQuestions.length - 1);
    expect(decided(status)).toEqual([
      { question: 'Is the rule final?', decision: { text: 'Yes.', date: '2026-12-01' } },
    ]);
  });
});
