import { once } from '@/lib/sentences';
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

export type QuestionLink = NonNullable<Question['links']>[number];
export type LinkPart = { link: QuestionLink } | { text: string };

const lists = once(() => new Intl.ListFormat('en', { style: 'long', type: 'conjunction' }));

/**
 * A question's links as one sentence ("See a and b."), split into the words between and the links,
 * so a component can render each link as an anchor with the list punctuation of Intl.ListFormat.
 */
export function linkSentence(links: readonly QuestionLink[]): LinkPart[] {
  // The list's elements come back in order, so the n-th element part is the n-th link.
  let next = 0;
  const out: LinkPart[] = [{ text: 'See ' }];
  for (const part of lists().formatToParts(links.map((l) => l.text))) {
    out.push(part.type === 'element' ? { link: links[next++] } : { text: part.value });
  }
  out.push({ text: '.' });
  return out;
}
