import { type Call, callsByDate, type Mark, markOf, noteOf } from './record';

export interface IndicatorNote {
  callId: string;
  date: string;
  label?: string;
  mark: Mark;
  text: string;
}

export interface IndicatorNotes {
  id: string;
  title: string;
  notes: IndicatorNote[];
}

/**
 * The evidence notes of a record, under their indicator (in the rubric's order) and call (oldest
 * first): what the summary and print list. Indicators without a note are left out.
 */
export function notesByIndicator(
  calls: readonly Call[],
  groups: readonly { indicators: readonly { id: string; title: string }[] }[],
): IndicatorNotes[] {
  const ordered = callsByDate(calls);
  const out: IndicatorNotes[] = [];
  for (const group of groups) {
    for (const { id, title } of group.indicators) {
      const notes: IndicatorNote[] = [];
      for (const call of ordered) {
        const text = noteOf(call, id).trim();
        if (text) notes.push({ callId: call.id, date: call.date, label: call.label, mark: markOf(call, id), text });
      }
      if (notes.length) out.push({ id, title, notes });
    }
  }
  return out;
}

/** How many notes, across indicators. */
export const noteCount = (list: readonly IndicatorNotes[]) => list.reduce((n, i) => n + i.notes.length, 0);
