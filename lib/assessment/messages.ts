/**
 * Every sentence the Lead's assessment shows a reader. Plain functions, tested in tests/unit; the
 * shared pieces (plurals, lists, dates) are in lib/sentences.ts.
 */

import { requiredCount, toFraction } from '@/lib/readiness/rational';
import { count, formatDate, joinList, type Notice, once, setAsideReasonText } from '@/lib/sentences';
import type { SetAsideReason } from '@/lib/storage/envelope-read';
import type { SelfLinkProblem } from './self-link-key';

// The Lead's assessment: the four criteria.

export function criterionIndicatorsText(v: {
  consistent: number;
  total: number;
  required: number;
  calls: number;
  minCalls: number;
  met: boolean;
}): string {
  const shown = `${v.consistent} of ${v.total} shown consistently`;
  const over = `over ${count(v.calls, 'assessed call', 'assessed calls')}`;
  if (v.met) return `${shown} ${over}; ${v.required} needed.`;
  const parts = [shown];
  if (v.consistent < v.required) parts.push(`${v.required - v.consistent} more needed`);
  if (v.calls < v.minCalls) {
    parts.push(`${v.calls} of ${v.minCalls} assessed calls so far, ${v.minCalls - v.calls} more needed`);
  }
  return `${parts.join('; ')}.`;
}

export function criterionObservedText(observed: number, min: number): string {
  const head = `${observed} of ${count(min, 'observed independent call', 'observed independent calls')}`;
  return observed >= min
    ? `${head}, watched live or by recording and judged strong.`
    : `${head}; ${min - observed} more needed.`;
}

export function criterionSatisfactionText(
  satisfaction: { score: number; date: string; confirmedBy?: string } | undefined,
  bar: { above: number; scale: number },
  inScale: boolean,
  met: boolean,
): string {
  const needed = `above ${bar.above}/${bar.scale} needed`;
  if (!satisfaction) return `No score from Customer Success recorded yet; ${needed}.`;
  const who = satisfaction.confirmedBy ? ` by ${satisfaction.confirmedBy}` : '';
  const recorded = `${satisfaction.score}/${bar.scale} recorded on ${formatDate(satisfaction.date)}${who}`;
  if (!inScale)
    return `The recorded score (${satisfaction.score}) is outside the 0-${bar.scale} scale; record it again.`;
  if (met) return `${recorded}; ${needed}.`;
  return `${recorded}; ${needed}, so this does not hold yet.`;
}

export function criterionRequestText(requestedOn: string | undefined): string {
  return requestedOn
    ? `The Associate asked on ${formatDate(requestedOn)}.`
    : 'The Associate has not asked yet; record the date they ask.';
}

export function verdictHeadline(ready: boolean, missing: number): string {
  if (ready) return 'Ready for Phase 4: all four criteria hold.';
  return `Not ready yet: ${count(missing, 'criterion does', 'criteria do')} not hold.`;
}

export function safetyProgressText(started: boolean, reviewed: number, min: number, max: number): string {
  if (!started) return 'The safety period starts when a go-live date is recorded.';
  const range = min === max ? `${max}` : `${min}-${max}`;
  if (reviewed >= max) return `Safety period complete: ${reviewed} of ${range} recordings reviewed.`;
  return `${reviewed} of ${range} reviewed.`;
}

/**
 * The grid's Consistent column: what holds, or what is missing, in words that add up. Never "no"
 * beside a full count: "seen on 1 of the 2 calls needed", "met on 2 of 4 calls; 3 needed",
 * "met on 3 of 4 calls".
 */
export function consistencyText(
  standing: { observed: number; met: number; consistent: boolean },
  rule: { minObservedCalls: number; minMetShare: number },
): string {
  const { observed, met, consistent } = standing;
  if (observed === 0) return `not seen yet; ${count(rule.minObservedCalls, 'call', 'calls')} needed`;
  if (observed < rule.minObservedCalls) {
    const seen = `seen on ${observed} of the ${rule.minObservedCalls} calls needed`;
    return met === observed ? seen : `${seen}, met on ${met}`;
  }
  const metOn = `met on ${met} of ${observed} calls`;
  if (consistent) return metOn;
  return `${metOn}; ${requiredCount(observed, toFraction(rule.minMetShare))} needed`;
}

/** One call's share in the grid's per-call row and the calls list: "12 met of 15 observed (80%)". */
export function callShareText(met: number, observed: number): string {
  if (observed === 0) return 'none observed';
  return `${met} met of ${observed} observed (${Math.floor((met * 100) / observed)}%)`;
}

/** The grid's total row: how many indicators hold. */
export function consistentTotalText(consistent: number, total: number): string {
  return `${consistent} of ${count(total, 'indicator', 'indicators')}`;
}

// The self-check link between an Associate and their Lead.

export function selfLinkProblemText(problem: SelfLinkProblem): string {
  const tail = 'Nothing was attached. Ask the Associate to send the link again from the readiness page.';
  switch (problem) {
    case 'too-long':
      return `This self-check link is far longer than any real one, so it was not read. ${tail}`;
    case 'malformed':
      return `This self-check link is damaged or incomplete (it may have been cut off when it was copied). ${tail}`;
    case 'other-format':
      return `This self-check link was made by a different version of the handbook. ${tail}`;
    case 'other-rubric':
      return `This self-check link was made against a different version of the indicator list. ${tail}`;
    case 'unloadable':
      return `This page could not load the code that reads self-check links. Check the connection and reload the page. ${tail}`;
  }
}

/** Code that loads on demand (lib/assessment/record-file, summary) failed to load: say what could not be done. */
export function unloadableText(what: 'reads record files' | 'writes the file' | 'writes the summary'): string {
  return `this page could not load the code that ${what}. Check the connection and try again.`;
}

export function selfLinkOfferText(met: number, total: number, unknown: number): string {
  const head = `Your Associate's self-check: ${met} of ${count(total, 'indicator', 'indicators')} ticked.`;
  if (!unknown) return head;
  return `${head} ${count(unknown, 'tick was', 'ticks were')} for indicators no longer on the list and will be ignored.`;
}

// The Lead's assessment: storage notices.

export function assessmentsSetAside(reason: SetAsideReason): Notice {
  return {
    tone: 'warn',
    text: `The assessment records saved in this browser could not be used because ${setAsideReasonText(reason)}. They were set aside, not deleted.`,
  };
}

export function recordsSetAside(n: number): Notice {
  return {
    tone: 'warn',
    text: `${count(n, 'saved record', 'saved records')} could not be read (damaged or not in the expected shape) and ${n === 1 ? 'was' : 'were'} set aside, not deleted. Your other records are loaded.`,
  };
}

export const assessmentSaveFailed: Notice = {
  tone: 'warn',
  text: 'This browser would not save the last change (storage is full or turned off). It is still on screen; it will be lost if you leave or reload the page.',
};

export const assessmentOtherTab: Notice = {
  tone: 'info',
  text: 'These records were changed in another tab; this page now shows the latest.',
};

export function removedIndicatorsText(ids: readonly string[]): string {
  return `This record has marks for ${count(ids.length, 'indicator', 'indicators')} no longer on the list (${joinList(ids)}). They are kept in the record but not counted.`;
}

/** A record's standing in the list of records: the verdict in a few words. */
export function verdictLabel(
  verdict: { ready: boolean; criteria: readonly { met: boolean }[] },
  record: { goLiveOn?: string },
): string {
  if (record.goLiveOn) return `Independent since ${formatDate(record.goLiveOn)}`;
  if (verdict.ready) return 'Ready for Phase 4';
  const held = verdict.criteria.filter((c) => c.met).length;
  return `Not ready: ${held} of ${verdict.criteria.length} criteria hold`;
}

const criterionTitles = {
  indicators: 'Indicators shown consistently',
  'observed-calls': 'Observed independent calls',
  satisfaction: 'Customer satisfaction',
  request: "The Associate's request",
} as const;

export function criterionTitle(id: keyof typeof criterionTitles): string {
  return criterionTitles[id];
}

export function goLiveBlockedText(missing: number): string {
  return `Going live can be recorded once all four criteria hold; ${count(missing, 'criterion does', 'criteria do')} not hold yet.`;
}

export function disagreementsText(kind: 'associate-only' | 'lead-only', titles: readonly string[]): string {
  if (kind === 'associate-only') {
    return titles.length
      ? `The Associate ticks, but you have not seen consistently: ${joinList(titles)}.`
      : 'Everything the Associate ticks, you have also seen consistently.';
  }
  return titles.length
    ? `You see consistently, but the Associate did not tick: ${joinList(titles)}.`
    : 'Everything you see consistently, the Associate also ticked.';
}

// Records that travel: merges, backups, device links and protected storage (issue 14).

const days = once(() => new Intl.RelativeTimeFormat('en', { numeric: 'auto' }));

/** "Last backup 3 days ago; 5 changes since." */
export function backupStatusText(at: string | undefined, changes: number, now: Date): string {
  const since = `${count(changes, 'change', 'changes')} since`;
  if (!at)
    return changes ? `No backup saved yet; ${count(changes, 'change', 'changes')} so far.` : 'No backup saved yet.';
  const ago = Math.max(0, Math.floor((now.getTime() - Date.parse(at)) / 86_400_000));
  const when = days().format(-ago, 'day');
  return `Last backup ${when}; ${changes ? since : 'no changes since'}.`;
}

export function backupDueText(at: string | undefined): string {
  return at
    ? 'Your last backup is more than a week old and these records have changed since. Save a backup so a cleared browser cannot lose them.'
    : 'These records have never been backed up. Save a backup so a cleared browser cannot lose them.';
}

export function backupSavedText(records: number, how: 'saved' | 'shared'): string {
  return `Backup of ${count(records, 'record', 'records')} ${how === 'shared' ? 'handed to the share sheet' : 'saved'}. Keep the file somewhere other than this device.`;
}

export type Protection = 'kept' | 'may-clear' | 'unknown';

export function protectionText(state: Protection): string {
  switch (state) {
    case 'kept':
      return 'Kept: this browser has agreed not to clear these records when it needs space.';
    case 'may-clear':
      return 'This browser may clear these records (when space runs short, or in Safari after 7 days without a visit). Save a backup now and then; on an iPhone or iPad, add the handbook to the Home Screen, which keeps them.';
    case 'unknown':
      return 'This browser does not say whether it keeps these records. Save a backup now and then.';
  }
}

export const deviceLinkUnloadable =
  'This page could not load the code that reads device links. Check the connection and reload the page. Nothing was changed.';

/** When the code that shows a record could not load (offline before the first visit finished, say). */
export const recordViewsFailed: Notice = {
  tone: 'warn',
  text: 'The record is saved but could not be shown. Reload the page.',
};

/** The code that reads stored records could not be fetched: nothing was read, so nothing may be written. */
export const storedRecordsUnreadable =
  'Your saved records could not be opened, because part of the page did not load. Nothing was changed. Reload the page to try again.';
