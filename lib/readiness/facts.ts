import { toFraction } from './rational';
import { type ReadinessData, textTokens } from './schema';
import { score } from './scoring';

const span = (r: { min: number; max: number }) => (r.min === r.max ? `${r.min}` : `${r.min}-${r.max}`);

export function percentOf(fraction: number): string {
  const { num, den } = toFraction(fraction);
  const hundredths = num * 100n;
  if (hundredths % den === 0n) return `${hundredths / den}%`;
  return `${(Number(hundredths) / Number(den)).toFixed(1)}%`;
}

/**
 * Every number the pages quote about readiness, as text, derived from the data file.
 * Pages render these through <ReadinessFact>, so prose never retypes a number.
 */
export function readinessFacts(data: ReadinessData) {
  const empty = score(data, []);
  const { customerSatisfaction: csat } = data.transition;
  return {
    threshold: percentOf(data.threshold),
    indicatorCount: `${empty.total}`,
    groupCount: `${data.groups.length}`,
    requiredCount: `${empty.required}`,
    assessedCalls: span(data.transition.assessedCalls),
    minAssessedCalls: `${data.transition.assessedCalls.min}`,
    maxAssessedCalls: `${data.transition.assessedCalls.max}`,
    consistencyCalls: `${data.transition.consistency.minObservedCalls}`,
    consistencyShare: percentOf(data.transition.consistency.minMetShare),
    observedCalls: `${data.transition.observedIndependentCalls.min}`,
    satisfaction: `${csat.above}/${csat.scale}`,
    reviewedRecordings: span(data.safety.reviewedRecordings),
  };
}

export type ReadinessFacts = ReturnType<typeof readinessFacts>;
export type FactName = keyof ReadinessFacts;

const tokenPattern = new RegExp(`\\{(${textTokens.join('|')})\\}`, 'g');

/** Fills the {tokens} a description may carry; the schema allows only textTokens, each a fact. */
export function fillText(text: string, facts: ReadinessFacts): string {
  return text.replace(tokenPattern, (_, token: (typeof textTokens)[number]) => facts[token]);
}

/** The groups as readers see them: every description with its {tokens} filled from the data file. */
export function displayGroups(data: ReadinessData) {
  const facts = readinessFacts(data);
  return data.groups.map((g) => ({
    id: g.id,
    title: g.title,
    summary: g.summary,
    indicators: g.indicators.map((i) => ({ id: i.id, title: i.title, description: fillText(i.description, facts) })),
  }));
}
