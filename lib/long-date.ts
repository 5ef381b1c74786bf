import { once } from '@/lib/sentences';

const format = once(
  () => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
);

/** "24 November 2026", for a Date or a YYYY-MM-DD day, the same on every build machine (UTC). */
export function longDate(value: Date | string): string {
  return format().format(typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : value);
}
