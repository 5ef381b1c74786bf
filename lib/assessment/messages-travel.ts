/**
 * The sentences of records that travel which only code loaded on demand shows: the merge review,
 * conflicts, device-link problems and the QR code. Apart from ./messages so they stay out of the
 * assessment page's first load (its own-code budget); the sentences the page shows at once (backup
 * status, protected storage) are in ./messages. Plain functions, tested in tests/unit.
 */
import { count, formatDate } from '@/lib/sentences';

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

/** The heading of a call both devices changed: dated from whichever side still has the call. */
export function callConflictTitle(local: object, incoming: object): string {
  const date = [local, incoming].map((side) => ('date' in side ? String(side.date) : '')).find(Boolean);
  return date ? `A call changed on both devices (${formatDate(date)})` : 'A call changed on both devices';
}

export function changedAtText(iso: string | undefined): string {
  if (!iso) return 'no time recorded (from an older file)';
  return `changed ${formatDate(iso.slice(0, 10))} at ${iso.slice(11, 16)} UTC`;
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
