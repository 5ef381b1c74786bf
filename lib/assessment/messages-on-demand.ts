/**
 * Sentences of the assessment's parts that load on demand (the call view, the self-check offer, the
 * notes on paper and in the summary), kept apart from messages.ts so the page's first load does not
 * carry them. Tested with the others in tests/unit.
 */
import type { Notice } from '@/lib/sentences';

/** The call view's running count: "12 met · 3 not met · 4 not observed". */
export function markCountText(counts: { met: number; notMet: number; notObserved: number }): string {
  return `${counts.met} met · ${counts.notMet} not met · ${counts.notObserved} not observed`;
}

/** What a self-check link holds, so the Lead knows what they attach. */
export function selfLinkCarriesText(rubricVersion: number): string {
  return `Made against version ${rubricVersion} of the indicator list, the one this page uses. The link carries only the ticks: no name and no notes, so you choose whose record it belongs to.`;
}

/** The call view's question before an unsaved call is thrown away. */
export function discardCallText(editing: boolean): string {
  return editing
    ? 'Discard your changes to this call? The call stays as it was saved.'
    : 'Discard this call? The marks and notes you set are not saved.';
}

/** The heading of the evidence notes in print and in the summary. */
export function evidenceNotesHeading(n: number): string {
  return `Evidence notes (${n})`;
}

/** The confirmation after Attach, shown at the top of the record. */
export function selfAttachedText(associate: string): string {
  return `Attached to ${associate || 'this Associate'}'s record. Their view is in the grid, in the "Associate's view" column, and the places where you differ are listed below it.`;
}

/** A #record= address naming a record this browser does not hold. */
export const recordNotFound: Notice = {
  tone: 'warn',
  text: 'The address names a record this browser does not hold (records stay in the browser they were made in). Showing your other records instead; nothing was changed.',
};
