/**
 * Every sentence the self-check and the proposal callout show a reader. Plain functions, tested
 * in tests/unit; the shared pieces (plurals, lists, dates) are in lib/sentences.ts.
 */
import { count, joinList, type Notice, once, setAsideReasonText } from '@/lib/sentences';
import type { SetAsideReason } from '@/lib/storage/envelope-read';
import type { Score } from './scoring';

const plurals = once(() => new Intl.PluralRules('en'));

// The self-check (the readiness page).

export function selfCheckSetAside(reason: SetAsideReason): Notice {
  return {
    tone: 'warn',
    text: `The ticks saved in this browser could not be used because ${setAsideReasonText(reason)}. They were set aside, not deleted, and the checklist starts empty.`,
  };
}

export function selfCheckDropped(n: number): Notice {
  const verb = plurals().select(n) === 'one' ? 'was' : 'were';
  return {
    tone: 'info',
    text: `${count(n, 'saved tick', 'saved ticks')} ${verb} for ${n === 1 ? 'an indicator' : 'indicators'} no longer on this list and ${verb} removed. Your other ticks are kept.`,
  };
}

export const selfCheckReaderFailed: Notice = {
  tone: 'warn',
  text: 'This page could not read the ticks saved in this browser, so they are left as they are. Reload the page to see them; ticks made now will not be saved.',
};

export const selfCheckSaveFailed: Notice = {
  tone: 'warn',
  text: 'This browser would not save your ticks (storage is full or turned off). They will be lost when you leave the page.',
};

export function selfCheckSummary(result: Score, thresholdLabel: string): string {
  const head = `${result.met} of ${count(result.total, 'indicator', 'indicators')} met (${result.percent}%).`;
  if (result.ready) return `${head} The ${thresholdLabel} threshold is met.`;
  return `${head} ${result.remaining} more needed to reach ${thresholdLabel} (${result.required} of ${result.total}).`;
}

export function focusAreasText(areas: readonly { title: string; met: number; total: number }[]): string {
  return areas.map((f) => `${f.title} (${f.met} of ${f.total})`).join('; ');
}

/** What follows "Focus areas:" under the summary, whatever is ticked (the line is always there). */
export function focusAreasLine(result: Pick<Score, 'met' | 'focusAreas'>, thresholdLabel: string): string {
  if (result.met === 0) return `tick what you already do, and the groups furthest from ${thresholdLabel} show here.`;
  if (result.focusAreas.length === 0) return `none. Every group has reached ${thresholdLabel}.`;
  return focusAreasText(result.focusAreas);
}

export function resetConfirmText(met: number): string {
  return `Clear all ${count(met, 'tick', 'ticks')}? This cannot be undone.`;
}

// The proposal callout.

export function reviewersText(reviewers: readonly string[]): string {
  return reviewers.length ? joinList(reviewers) : 'Leadership';
}

// The self-check link the Associate sends.

/** After "Send to your Lead": what the Lead does with the link. */
export function sendNextText(): string {
  return 'Your Lead opens the link on their assessment page and attaches it to your record. They then see your ticks beside what they observed on your calls, and the indicators where you see it differently; go through those together.';
}

/** Sending ticks is not asking for Phase 4: that is its own step. */
export function requestSeparateText(): string {
  return 'Sending this link does not ask for independent calls. When you are ready, asking for them is a separate step you take with your Lead, who records the date you asked.';
}

export function shareLinkText(copied: boolean): string {
  return copied
    ? 'Link copied. Paste it to your Lead in Slack: it carries only which indicators you ticked, no name and no notes.'
    : 'Copy this link and send it to your Lead: it carries only which indicators you ticked, no name and no notes.';
}
