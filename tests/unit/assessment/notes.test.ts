import { describe, expect, it } from 'vitest';
import { noteCount, notesByIndicator } from '@/lib/assessment/notes';
import { summaryMarkdown } from '@/lib/assessment/summary';
import { computeVerdict } from '@/lib/assessment/verdict';
import { readiness } from '@/lib/readiness/data';
import { indicatorIds, indicatorTitles, sampleRecord } from '../../../scripts/lib/assessment-fixtures.mjs';

function withNotes() {
  const record = sampleRecord({ attended: 2, independent: 0 });
  record.calls[1].notes = { [indicatorIds[2]]: 'Took the pricing question @channel', [indicatorIds[0]]: 'Opened well' };
  record.calls[0].notes = { [indicatorIds[0]]: '  ' };
  return record;
}

describe('evidence notes under their indicator and call', () => {
  it('lists indicators in the rubric order and calls oldest first, leaving out blank notes', () => {
    const notes = notesByIndicator(withNotes().calls, readiness.groups);
    expect(notes.map((n) => n.title)).toEqual([indicatorTitles[0], indicatorTitles[2]]);
    expect(notes[0].notes).toEqual([expect.objectContaining({ date: '2026-11-05', mark: 'met', text: 'Opened well' })]);
    expect(noteCount(notes)).toBe(2);
  });

  it('appear in the summary, neutralised, under their indicator and call', () => {
    const record = withNotes();
    const md = summaryMarkdown(record, computeVerdict(record, readiness), readiness);
    expect(md).toContain('Evidence notes (2):');
    expect(md).toContain(`- ${indicatorTitles[0]}\n  - 5 Nov 2026, met: Opened well`);
    expect(md).toContain('  - 5 Nov 2026, met: Took the pricing question @\u200bchannel');
  });

  it('leave the summary as it was when there are none', () => {
    const record = sampleRecord();
    expect(summaryMarkdown(record, computeVerdict(record, readiness), readiness)).not.toContain('Evidence notes');
  });
});
