import { describe, expect, it } from 'vitest';
import { newCall } from '@/lib/assessment/record';
import { normaliseRecord } from '@/lib/assessment/record-schema';
import {
  type AssessmentAction,
  type AssessmentState,
  assessmentReducer,
  initialAssessment,
} from '@/lib/assessment/state';
import { readiness } from '@/lib/readiness/data';
import * as fixtures from '../../../scripts/lib/assessment-fixtures.mjs';

// The fixtures are version 1 records, as stored before; the page holds them as version 2.
const v2 = (r: unknown) => normaliseRecord(r as Parameters<typeof normaliseRecord>[0], () => 'made-id');
const sampleRecord = (o?: fixtures.SampleOptions) => v2(fixtures.sampleRecord(o));
const readyRecord = (o?: fixtures.SampleOptions) => v2(fixtures.readyRecord(o));
const result = (records: ReturnType<typeof v2>[]) => ({
  records,
  recordsSetAside: 0,
  device: 'dev1',
  backup: { changes: 0 },
});

const run = (actions: AssessmentAction[], from: AssessmentState = initialAssessment) =>
  actions.reduce(assessmentReducer, from);

const loaded = (records = [sampleRecord()]) => run([{ type: 'loaded', result: result(records) }]);

describe('the assessment reducer', () => {
  it('creates a record, selects it and asks for a save', () => {
    const s = run([{ type: 'create', name: '  Sam  ', rubricVersion: 1 }]);
    expect(s.records.map((r) => r.associate)).toEqual(['Sam']);
    expect(s.selectedId).toBe(s.records[0].id);
    expect(s.pendingSave).toBe(true);
  });

  it('adds, replaces and deletes calls in the right record only', () => {
    const s0 = loaded([sampleRecord(), sampleRecord({ id: 'other', name: 'Bea' })]);
    const call = newCall('2026-11-30');
    const s1 = run([{ type: 'save-call', recordId: 'rec-sam', call }], s0);
    expect(s1.records[0].calls).toHaveLength(7);
    expect(s1.records[1]).toBe(s0.records[1]);
    const s2 = run([{ type: 'save-call', recordId: 'rec-sam', call: { ...call, label: 'Edited' } }], s1);
    expect(s2.records[0].calls).toHaveLength(7);
    expect(s2.records[0].calls.at(-1)?.label).toBe('Edited');
    const s3 = run([{ type: 'delete-call', recordId: 'rec-sam', callId: call.id }], s2);
    expect(s3.records[0].calls).toHaveLength(6);
  });

  it('records going live only on a ready verdict', () => {
    const notReady = loaded([sampleRecord()]);
    const refused = run(
      [{ type: 'set-go-live', recordId: 'rec-sam', date: '2026-11-25', rubric: readiness }],
      notReady,
    );
    expect(refused.records[0].goLiveOn).toBeUndefined();
    expect(refused.pendingSave).toBe(false);
    const ready = loaded([readyRecord()]);
    const live = run([{ type: 'set-go-live', recordId: 'rec-sam', date: '2026-11-25', rubric: readiness }], ready);
    expect(live.records[0].goLiveOn).toBe('2026-11-25');
  });

  it('attaches a self-check only to the record the Lead picks, and only once offered', () => {
    const s0 = loaded([sampleRecord(), sampleRecord({ id: 'other', name: 'Bea' })]);
    expect(run([{ type: 'attach-self', recordId: 'other', date: '2026-11-24' }], s0)).toBe(s0);
    const s1 = run(
      [
        { type: 'self-link', met: ['initiates-small-talk'], unknown: [] },
        { type: 'attach-self', recordId: 'other', date: '2026-11-24' },
      ],
      s0,
    );
    expect(s1.records[1].self).toEqual({ date: '2026-11-24', met: ['initiates-small-talk'] });
    expect(s1.records[0].self).toBeUndefined();
    expect(s1.selfOffer).toBeNull();
    expect(s1.selectedId).toBe('other');
  });

  it('turns a bad self-check link into a notice and offers nothing', () => {
    const s = run([{ type: 'self-link-error', problem: 'other-rubric' }], loaded());
    expect(s.selfOffer).toBeNull();
    expect(s.notice?.text).toMatch(/different version of the indicator list/);
  });

  it("keeps an unsaved change on screen rather than another tab's version", () => {
    const s0 = run(
      [
        { type: 'set-request', recordId: 'rec-sam', date: '2026-11-01' },
        { type: 'saved', ok: false },
      ],
      loaded(),
    );
    expect(s0.unsaved).toBe(true);
    expect(s0.notice?.text).toMatch(/would not save the last change/);
    const s1 = run([{ type: 'loaded', result: result([]), fromOtherTab: true }], s0);
    expect(s1.records[0].requestedOn).toBe('2026-11-01');
  });

  it("picks up another tab's records when nothing is unsaved, keeping the selection", () => {
    const s0 = loaded([sampleRecord(), sampleRecord({ id: 'other', name: 'Bea' })]);
    const s1 = run([{ type: 'select', id: 'other' }], s0);
    const s2 = run(
      [
        {
          type: 'loaded',
          result: result([...s0.records, sampleRecord({ id: 'new', name: 'New' })]),
          fromOtherTab: true,
        },
      ],
      s1,
    );
    expect(s2.records).toHaveLength(3);
    expect(s2.selectedId).toBe('other');
    expect(s2.notice?.text).toMatch(/changed in another tab/);
  });

  it('deletes a record and selects another', () => {
    const s = run(
      [{ type: 'delete', id: 'rec-sam' }],
      loaded([sampleRecord(), sampleRecord({ id: 'b', name: 'Bea' })]),
    );
    expect(s.records.map((r) => r.id)).toEqual(['b']);
    expect(s.selectedId).toBe('b');
  });

  it('stops adding reviewed recordings at the log limit', () => {
    let s = loaded([readyRecord({ goLiveOn: '2026-11-25' })]);
    for (let i = 0; i < 205; i++)
      s = run([{ type: 'add-log', recordId: 'rec-sam', log: 'checkIns', entry: { date: '2026-12-01', note: '' } }], s);
    expect(s.records[0].safety.checkIns).toHaveLength(200);
  });
});
