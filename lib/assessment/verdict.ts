import { meets, requiredCount, toFraction } from '@/lib/readiness/rational';
import type { ReadinessData } from '@/lib/readiness/schema';
import {
  criterionIndicatorsText,
  criterionObservedText,
  criterionRequestText,
  criterionSatisfactionText,
  safetyProgressText,
} from './messages';
import { type AssessmentRecord, type Call, callsByDate, type Mark, markOf } from './record';

/** What the verdict needs from the data file, so the browser can compute it without the full schema. */
export type Rubric = Pick<ReadinessData, 'version' | 'threshold' | 'transition' | 'safety'> & {
  groups: readonly { id: string; title: string; indicators: readonly { id: string; title: string }[] }[];
};

export type CriterionId = 'indicators' | 'observed-calls' | 'satisfaction' | 'request';

export interface Criterion {
  id: CriterionId;
  met: boolean;
  /** What holds and, when not met, what is missing, in numbers. */
  text: string;
}

export interface IndicatorStanding {
  id: string;
  /** Calls in the window where it was marked met or not met. */
  observed: number;
  met: number;
  consistent: boolean;
  /** The Associate's own view, when a self-check is attached. */
  self?: boolean;
  /** The Associate ticks it but the Lead has not seen it consistently, or the reverse. */
  disagreement?: 'associate-only' | 'lead-only';
}

export interface CallShare {
  callId: string;
  met: number;
  observed: number;
  inWindow: boolean;
}

export interface Verdict {
  ready: boolean;
  criteria: Criterion[];
  /** Ids of the calls the indicator criterion looked at, oldest first. */
  window: string[];
  indicators: Map<string, IndicatorStanding>;
  consistent: number;
  total: number;
  required: number;
  calls: CallShare[];
}

const isAssessed = (call: Call, known: ReadonlySet<string>) =>
  Object.keys(call.marks).some((id) => known.has(id) && markOf(call, id) !== 'not-observed');

/** How many of some marks were observed (met or not met), and how many of those were met. */
function tally(marks: readonly Mark[]): { observed: number; met: number } {
  let observed = 0;
  let met = 0;
  for (const mark of marks) {
    if (mark === 'not-observed') continue;
    observed++;
    if (mark === 'met') met++;
  }
  return { observed, met };
}

/** Whether an absent call counts toward the observed independent calls. */
export function isObservedIndependent(call: Call): boolean {
  return call.lead === 'absent' && (call.observed === 'live' || call.observed === 'recording') && call.strong === true;
}

/**
 * The four transition criteria, computed from a record and the data file exactly as the contract
 * states them. Pure: the same record and rubric always give the same verdict.
 */
export function computeVerdict(record: AssessmentRecord, rubric: Rubric): Verdict {
  const ids = rubric.groups.flatMap((g) => g.indicators.map((i) => i.id));
  const known = new Set(ids);
  const { assessedCalls, consistency, observedIndependentCalls, customerSatisfaction } = rubric.transition;

  const ordered = callsByDate(record.calls);
  const windowCalls = ordered.filter((c) => isAssessed(c, known)).slice(-assessedCalls.max);
  const inWindow = new Set(windowCalls.map((c) => c.id));

  const share = toFraction(consistency.minMetShare);
  const selfMet = record.self ? new Set(record.self.met) : null;
  const indicators = new Map<string, IndicatorStanding>();
  for (const id of ids) {
    const { observed, met } = tally(windowCalls.map((call) => markOf(call, id)));
    const consistent = observed >= consistency.minObservedCalls && meets(met, observed, share);
    const standing: IndicatorStanding = { id, observed, met, consistent };
    if (selfMet) {
      standing.self = selfMet.has(id);
      if (standing.self && !consistent) standing.disagreement = 'associate-only';
      if (!standing.self && consistent) standing.disagreement = 'lead-only';
    }
    indicators.set(id, standing);
  }

  const threshold = toFraction(rubric.threshold);
  const total = ids.length;
  const consistent = [...indicators.values()].filter((s) => s.consistent).length;
  const required = requiredCount(total, threshold);
  const enoughCalls = windowCalls.length >= assessedCalls.min;
  const indicatorsMet = enoughCalls && total > 0 && meets(consistent, total, threshold);

  const observedCount = record.calls.filter(isObservedIndependent).length;
  const observedMet = observedCount >= observedIndependentCalls.min;

  const score = record.satisfaction?.score;
  const inScale = score !== undefined && Number.isFinite(score) && score >= 0 && score <= customerSatisfaction.scale;
  const satisfactionMet = inScale && (score as number) > customerSatisfaction.above;

  const requestMet = Boolean(record.requestedOn);

  const criteria: Criterion[] = [
    {
      id: 'indicators',
      met: indicatorsMet,
      text: criterionIndicatorsText({
        consistent,
        total,
        required,
        calls: windowCalls.length,
        minCalls: assessedCalls.min,
        met: indicatorsMet,
      }),
    },
    {
      id: 'observed-calls',
      met: observedMet,
      text: criterionObservedText(observedCount, observedIndependentCalls.min),
    },
    {
      id: 'satisfaction',
      met: satisfactionMet,
      text: criterionSatisfactionText(record.satisfaction, customerSatisfaction, inScale, satisfactionMet),
    },
    { id: 'request', met: requestMet, text: criterionRequestText(record.requestedOn) },
  ];

  const calls = ordered.map((call): CallShare => {
    const { observed, met } = tally(ids.map((id) => markOf(call, id)));
    return { callId: call.id, met, observed, inWindow: inWindow.has(call.id) };
  });

  return {
    ready: criteria.every((c) => c.met),
    criteria,
    window: windowCalls.map((c) => c.id),
    indicators,
    consistent,
    total,
    required,
    calls,
  };
}

export interface SafetyStatus {
  started: boolean;
  reviewed: number;
  min: number;
  max: number;
  complete: boolean;
  text: string;
}

/** The safety period after go-live: complete once the most recordings the data file asks for are reviewed. */
export function safetyStatus(record: AssessmentRecord, rubric: Pick<Rubric, 'safety'>): SafetyStatus {
  const { min, max } = rubric.safety.reviewedRecordings;
  const started = Boolean(record.goLiveOn);
  const reviewed = record.safety.reviews.length;
  const complete = started && reviewed >= max;
  return { started, reviewed, min, max, complete, text: safetyProgressText(started, reviewed, min, max) };
}
