/**
 * The pieces of sentences both features share: plurals through Intl.PluralRules, lists through
 * Intl.ListFormat, why stored data was set aside, and dates. Each feature's own sentences are in
 * its messages.ts (lib/readiness/, lib/assessment/). Plain functions, tested in tests/unit.
 */
import type { SetAsideReason } from '@/lib/storage/envelope-read';

/**
 * Each Intl formatter is made the first time a sentence needs it, not when a page loads this module:
 * Chromium takes 40-55 ms to make the first Intl.ListFormat (four times that on a phone), which would
 * block a tool's start for a list it may never show.
 */
export function once<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => {
    made ??= make();
    return made;
  };
}

const plurals = once(() => new Intl.PluralRules('en'));
const lists = once(() => new Intl.ListFormat('en', { style: 'long', type: 'conjunction' }));

/** "1 tick", "3 ticks": the count and the noun in the right number. */
export function count(n: number, one: string, other: string): string {
  return `${n} ${plurals().select(n) === 'one' ? one : other}`;
}

/** "a", "a and b", "a, b and c". */
export function joinList(items: readonly string[]): string {
  // One item needs no formatter (and most lists on a first screen have one or none).
  if (items.length < 2) return items[0] ?? '';
  return lists().format(items);
}

export type Tone = 'warn' | 'info';
export interface Notice {
  tone: Tone;
  text: string;
}

/** Why stored data was set aside, as the end of a sentence that begins "because …". */
export function setAsideReasonText(reason: SetAsideReason): string {
  switch (reason.problem) {
    case 'too-large':
      return `it was too large (${reason.chars.toLocaleString('en')} characters) to be ours`;
    case 'not-json':
      return 'it was not readable (not valid JSON)';
    case 'other-version':
      return `it was saved in a different format (version ${reason.version})`;
    case 'wrong-shape':
      return 'it did not have the expected shape';
    case 'unreadable':
      return 'this browser would not let the page read it';
  }
}

// Dates. Records hold YYYY-MM-DD; read as UTC so no time zone moves a day.

const dayMonthYear = once(
  () => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
);
const dayMonth = once(() => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }));
const utc = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
};

/** "2026-11-12" → "12 Nov 2026". */
export const formatDate = (iso: string) => dayMonthYear().format(utc(iso));
/** "2026-11-12" → "12 Nov". */
export const formatShortDate = (iso: string) => dayMonth().format(utc(iso));
