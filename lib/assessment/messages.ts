/**
 * Every sentence the Lead's assessment shows a reader. Plain functions, tested in tests/unit; the
 * shared pieces (plurals, lists, dates) are in lib/sentences.ts.
 */
import { count, formatDate, joinList, type Notice, setAsideReasonText } from '@/lib/sentences';
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

export function consistencyText(observed: number, met: number, consistent: boolean): string {
  if (observed === 0) return 'not observed';
  return `${consistent ? 'yes' : 'no'}, ${met} of ${observed} met`;
}

export function callShareText(met: number, observed: number): string {
  if (observed === 0) return 'none observed';
  return `${met} of ${observed} met (${Math.floor((met * 100) / observed)}%)`;
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

export function importedText(associate: string, calls: number, replaced: boolean): string {
  const who = associate || 'an unnamed Associate';
  return `${replaced ? 'Replaced the record with' : 'Imported'} the record for ${who}, with ${count(calls, 'call', 'calls')}.`;
}

// Records that travel: merges, backups, device links and protected storage (issue 14).

/** What a merge would change, before it does: "2 calls added, 1 updated, 1 conflict". */
export function mergeCountsText(c: {
  added: number;
  updated: number;
  deleted: number;
  fields: number;
  conflicts: number;
}): string {
  const parts: string[] = [];
  const calls = c.added + c.updated + c.deleted;
  if (c.added) parts.push(`${count(c.added, 'call', 'calls')} added`);
  if (c.updated) parts.push(`${c.added ? c.updated : count(c.updated, 'call', 'calls')} updated`);
  if (c.deleted) parts.push(`${calls > c.deleted ? c.deleted : count(c.deleted, 'call', 'calls')} deleted`);
  if (c.fields) parts.push(`${count(c.fields, 'detail', 'details')} of the record changed`);
  if (c.conflicts) parts.push(count(c.conflicts, 'conflict', 'conflicts'));
  return parts.length ? parts.join(', ') : 'nothing new';
}

export function mergePreviewText(
  associate: string,
  counts: Parameters<typeof mergeCountsText>[0],
  changes: boolean,
): string {
  const who = associate || 'the unnamed Associate';
  if (!changes) return `Nothing to merge: the record for ${who} already has everything in this copy.`;
  if (mergeCountsText(counts) === 'nothing new') {
    return `Nothing changes on screen: the record for ${who} already says what this copy says. Merging notes that the two copies agree.`;
  }
  const conflicts = counts.conflicts
    ? ` ${counts.conflicts === 1 ? 'The conflict was' : 'Each conflict was'} changed on both sides since the copies parted: choose which to keep below.`
    : '';
  return `Merging into the record for ${who}: ${mergeCountsText(counts)}.${conflicts}`;
}

export function incomingAppliedText(
  added: number,
  merged: number,
  counts: Parameters<typeof mergeCountsText>[0],
): string {
  const parts: string[] = [];
  if (added) parts.push(`Added ${count(added, 'record', 'records')}`);
  if (merged)
    parts.push(`${added ? 'merged' : 'Merged'} ${count(merged, 'record', 'records')} (${mergeCountsText(counts)})`);
  return `${parts.join(' and ')}.`;
}

const fieldTitles = {
  associate: "The Associate's name",
  satisfaction: 'Customer satisfaction score',
  requestedOn: "The Associate's request",
  goLiveOn: 'Go-live date',
  reviews: 'Recordings reviewed in the safety period',
  checkIns: 'Check-ins in the safety period',
  escalations: 'Escalations in the safety period',
  self: "The Associate's self-check",
} as const;

export function fieldTitle(field: keyof typeof fieldTitles): string {
  return fieldTitles[field];
}

/** One side of a conflict about a record field, in words. */
export function fieldValueText(field: keyof typeof fieldTitles, value: unknown): string {
  if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) {
    return field === 'associate' ? 'No name' : 'Nothing recorded';
  }
  switch (field) {
    case 'associate':
      return String(value) || 'No name';
    case 'satisfaction': {
      const s = value as { score: number; date: string };
      return `${s.score}, recorded on ${formatDate(s.date)}`;
    }
    case 'requestedOn':
    case 'goLiveOn':
      return formatDate(String(value));
    case 'self': {
      const s = value as { date: string; met: string[] };
      return `${count(s.met.length, 'indicator', 'indicators')} ticked, attached on ${formatDate(s.date)}`;
    }
    default: {
      const log = value as { date: string }[];
      return `${count(log.length, 'entry', 'entries')}, the last on ${formatDate(log[log.length - 1].date)}`;
    }
  }
}

/** One side of a conflict about a call, in words. */
export function callSideText(
  side: { deletedAt: string } | { date: string; lead: string; label?: string; marks: Record<string, string> },
): string {
  if ('deletedAt' in side) return `Deleted (${formatDate(side.deletedAt.slice(0, 10))})`;
  const marks = Object.values(side.marks);
  const met = marks.filter((m) => m === 'met').length;
  const notMet = marks.filter((m) => m === 'not-met').length;
  const who = side.lead === 'absent' ? 'without you' : 'with you';
  const label = side.label ? ` "${side.label}"` : '';
  return `Call${label} on ${formatDate(side.date)}, ${who}: ${met} met, ${notMet} not met`;
}

export function changedAtText(iso: string | undefined): string {
  if (!iso) return 'no time recorded (from an older file)';
  return `changed ${formatDate(iso.slice(0, 10))} at ${iso.slice(11, 16)} UTC`;
}

const days = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** "Last backup 3 days ago; 5 changes since." */
export function backupStatusText(at: string | undefined, changes: number, now: Date): string {
  const since = `${count(changes, 'change', 'changes')} since`;
  if (!at)
    return changes ? `No backup saved yet; ${count(changes, 'change', 'changes')} so far.` : 'No backup saved yet.';
  const ago = Math.max(0, Math.floor((now.getTime() - Date.parse(at)) / 86_400_000));
  const when = days.format(-ago, 'day');
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

export type DeviceLinkProblem =
  | 'too-long'
  | 'malformed'
  | 'not-compressed'
  | 'too-large'
  | 'other-format'
  | 'unloadable';

export function deviceLinkProblemText(problem: DeviceLinkProblem): string {
  const tail = 'Nothing was changed. Make a new link on the other device, or send the record as a file.';
  switch (problem) {
    case 'too-long':
      return `This device link is far longer than any record's, so it was not read. ${tail}`;
    case 'malformed':
      return `This device link is damaged or incomplete (it may have been cut off when it was copied). ${tail}`;
    case 'not-compressed':
      return `This device link does not hold a record this handbook can unpack (it is damaged). ${tail}`;
    case 'too-large':
      return `This device link unpacks to more than a record can hold, so it was not read. ${tail}`;
    case 'other-format':
      return `This device link was made by a different version of the handbook. ${tail}`;
    case 'unloadable':
      return `This page could not load the code that reads device links. Check the connection and reload the page. ${tail}`;
  }
}

export function deviceLinkReadFailed(message: string): string {
  return `Could not read this device link: ${message} Nothing was changed.`;
}

export function qrTooLargeText(chars: number, limit: number): string {
  return `This record is too large for a QR code a phone can read from a screen (the link is ${chars.toLocaleString('en')} characters; at most ${limit.toLocaleString('en')} fit). Send the link itself, or save the record as a file and share that.`;
}
