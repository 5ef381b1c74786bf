import { describe, expect, it } from 'vitest';
import { protectionText } from '@/lib/assessment/messages';
import {
  callConflictTitle,
  callSideText,
  fieldValueText,
  incomingAppliedText,
  mergeCountsText,
  qrTooLargeText,
} from '@/lib/assessment/messages-travel';

describe('the sentences of records that travel', () => {
  it('count what a merge changes, in the order a Lead reads it', () => {
    expect(mergeCountsText({ added: 2, updated: 1, deleted: 0, fields: 0, conflicts: 1 })).toBe(
      '2 calls added, 1 updated, 1 conflict',
    );
    expect(mergeCountsText({ added: 0, updated: 1, deleted: 1, fields: 2, conflicts: 0 })).toBe(
      '1 call updated, 1 deleted, 2 details of the record changed',
    );
    expect(mergeCountsText({ added: 0, updated: 0, deleted: 0, fields: 0, conflicts: 0 })).toBe('nothing new');
    expect(incomingAppliedText(2, 0, { added: 0, updated: 0, deleted: 0, fields: 0, conflicts: 0 })).toBe(
      'Added 2 records.',
    );
  });

  it('describe each side of a conflict', () => {
    expect(fieldValueText('satisfaction', { score: 9, date: '2026-11-20' })).toBe('9, recorded on 20 Nov 2026');
    expect(fieldValueText('requestedOn', undefined)).toBe('Nothing recorded');
    expect(fieldValueText('reviews', [{ date: '2026-11-27', note: '' }])).toBe('1 entry, the last on 27 Nov 2026');
    expect(callSideText({ deletedAt: '2026-11-30T10:00:00.000Z' })).toBe('Deleted (30 Nov 2026)');
    expect(callSideText({ date: '2026-11-02', lead: 'attended', marks: { a: 'met', b: 'not-met' } })).toBe(
      'Call on 2 Nov 2026, with you: 1 met, 1 not met',
    );
    // Dated as a Lead reads dates, from whichever side still has the call.
    const call = { date: '2026-11-02', lead: 'attended', marks: {} };
    expect(callConflictTitle({ deletedAt: '2026-11-30T10:00:00.000Z' }, call)).toBe(
      'A call changed on both devices (2 Nov 2026)',
    );
    expect(callConflictTitle(call, { deletedAt: 'x' })).toBe('A call changed on both devices (2 Nov 2026)');
  });

  it('say what the browser does with the records, and what to do', () => {
    expect(protectionText('kept')).toMatch(/^Kept/);
    expect(protectionText('may-clear')).toMatch(/may clear these records.*backup.*Home Screen/);
    expect(qrTooLargeText(2400, 1850)).toMatch(/2,400 characters; at most 1,850/);
  });
});
