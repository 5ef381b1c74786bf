import type { ReadinessData } from './schema';

type Status = ReadinessData['status'];
export type Question = Status['openQuestions'][number];
export type DecidedQuestion = Question & { decision: NonNullable<Question['decision']> };

/** What Leadership still has to settle: the questions without a decision. */
export function stillOpen(status: Status): Question[] {
  return status.openQuestions.filter((q) => !q.decision);
}

/** What Leadership has settled, oldest decision first. */
export function decided(status: Status): DecidedQuestion[] {
  return status.openQuestions
    .filter((q): q is DecidedQuestion => Boolean(q.decision))
    .sort((a, b) => a.decision.date.localeCompare(b.decision.date));
}
