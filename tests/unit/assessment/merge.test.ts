import { describe, expect, it } from 'vitest';
import { incomingApplied, pickKey } from '@/lib/assessment/incoming';
import { applyMerge, previewMerge } from '@/lib/assessment/merge';
import { mergeCountsText, mergePreviewText } from '@/lib/assessment/messages-travel';
import { type AssessmentRecord, type Call, newRecord } from '@/lib/assessment/record';
import { readRecordFile } from '@/lib/assessment/record-file';
import { compareRevs, stampChanges } from '@/lib/assessment/versions';
import { readiness } from '@/lib/readiness/data';

let clock = 0;
const at = () => new Date(Date.UTC(2026, 10, 1) + ++clock * 60_000).toISOString();

/** An edit made on one device, stamped as the reducer stamps it. */
const edit = (device: string, r: AssessmentRecord, change: (r: AssessmentRecord) => AssessmentRecord) =>
  stampChanges(r, change(r), device, at());

const call = (id: string, date: string, marks: Call['marks'] = {}): Call => ({
  id,
  date,
  lead: 'attended',
  marks,
  notes: {},
});
const addCall = (c: Call) => (r: AssessmentRecord) => ({ ...r, calls: [...r.calls, c] });
const setMark = (id: string, indicator: string, mark: 'met' | 'not-met') => (r: AssessmentRecord) => ({
  ...r,
  calls: r.calls.map((c) => (c.id === id ? { ...c, marks: { ...c.marks, [indicator]: mark } } : c)),
});
const removeCall = (id: string) => (r: AssessmentRecord) => ({ ...r, calls: r.calls.filter((c) => c.id !== id) });

/** One record, made on the laptop with three calls, then copied to the phone. */
function parted() {
  let base = { ...newRecord('', 1), id: 'rec' };
  base = edit('laptop', base, (r) => ({ ...r, associate: 'Sam' }));
  base = edit('laptop', base, addCall(call('c1', '2026-11-02', { 'initiates-small-talk': 'met' })));
  base = edit('laptop', base, addCall(call('c2', '2026-11-05')));
  base = edit('laptop', base, addCall(call('c3', '2026-11-08')));
  return base;
}

const merge = (local: AssessmentRecord, incoming: AssessmentRecord, picks = {}, device = 'laptop') =>
  applyMerge(previewMerge(local, incoming), picks, device, at());
const byId = (r: AssessmentRecord) => [...r.calls].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('version vectors', () => {
  it('order two versions, or say both changed', () => {
    expect(compareRevs({ a: 1 }, { a: 1 })).toBe('equal');
    expect(compareRevs({ a: 2 }, { a: 1 })).toBe('local-newer');
    expect(compareRevs({ a: 1 }, { a: 1, b: 1 })).toBe('incoming-newer');
    expect(compareRevs({ a: 2 }, { a: 1, b: 1 })).toBe('concurrent');
    expect(compareRevs({}, {})).toBe('equal');
  });

  it('are stamped only on what an edit changed', () => {
    const base = parted();
    const next = edit('laptop', base, setMark('c2', 'covers-next-steps', 'met'));
    expect(next.calls[0]).toBe(base.calls[0]);
    expect(next.calls[1].rev).toEqual({ laptop: 2 });
    expect(next.calls[1].updatedAt).not.toBe(base.calls[1].updatedAt);
    expect(next.fieldVersions).toBe(base.fieldVersions);
    const gone = edit('laptop', next, removeCall('c3'));
    expect(gone.deletedCalls).toEqual([{ id: 'c3', deletedAt: expect.any(String), rev: { laptop: 2 } }]);
    expect(base.fieldVersions.associate?.rev).toEqual({ laptop: 1 });
  });
});

describe('merging two copies of a record', () => {
  it('keeps calls only one side has, and says so before anything changes', () => {
    const base = parted();
    const laptop = edit('laptop', base, addCall(call('l1', '2026-11-10')));
    const phone = edit(
      'phone',
      edit('phone', base, addCall(call('p1', '2026-11-11'))),
      addCall(call('p2', '2026-11-12')),
    );
    const plan = previewMerge(laptop, phone);
    expect(plan.counts).toEqual({ added: 2, updated: 0, deleted: 0, fields: 0, conflicts: 0 });
    expect(plan.local).toBe(laptop);
    expect(mergePreviewText('Sam', plan.counts, plan.changes)).toBe('Merging into the record for Sam: 2 calls added.');
    const merged = applyMerge(plan, {}, 'laptop', at());
    expect(merged.calls.map((c) => c.id)).toEqual(['c1', 'c2', 'c3', 'l1', 'p1', 'p2']);
  });

  it('takes a change made on one side only, in either direction', () => {
    const base = parted();
    const phone = edit('phone', base, setMark('c2', 'covers-next-steps', 'met'));
    const plan = previewMerge(base, phone);
    expect(plan.counts).toMatchObject({ updated: 1, conflicts: 0 });
    expect(applyMerge(plan, {}, 'laptop', at()).calls[1].marks).toEqual({ 'covers-next-steps': 'met' });
    // The other way: the phone already has the newer call, so nothing changes.
    const back = previewMerge(phone, base);
    expect(back.changes).toBe(false);
    expect(applyMerge(back, {}, 'phone', at())).toBe(phone);
  });

  it('finds a conflict when both sides changed a call since they parted, and the pick holds', () => {
    const base = parted();
    const laptop = edit('laptop', base, setMark('c2', 'covers-next-steps', 'met'));
    const phone = edit('phone', base, setMark('c2', 'covers-next-steps', 'not-met'));
    const plan = previewMerge(laptop, phone);
    expect(plan.counts).toEqual({ added: 0, updated: 0, deleted: 0, fields: 0, conflicts: 1 });
    expect(mergeCountsText(plan.counts)).toBe('1 conflict');
    expect(plan.conflicts[0]).toMatchObject({ kind: 'call', id: 'c2', key: 'call:c2' });
    const merged = applyMerge(plan, { 'call:c2': 'incoming' }, 'laptop', at());
    expect(merged.calls[1].marks).toEqual({ 'covers-next-steps': 'not-met' });
    // The pick has seen both sides: merging either copy back takes it, without asking again.
    expect(previewMerge(merged, phone).changes).toBe(false);
    expect(previewMerge(merged, laptop).changes).toBe(false);
    const phoneAfter = merge(phone, merged, {}, 'phone');
    expect(phoneAfter.calls[1]).toEqual(merged.calls[1]);
    // A pick of this device's side holds too.
    const kept = applyMerge(plan, { 'call:c2': 'local' }, 'laptop', at());
    expect(kept.calls[1].marks).toEqual({ 'covers-next-steps': 'met' });
    expect(previewMerge(kept, phone).changes).toBe(false);
  });

  it('is no conflict when both sides made the same change', () => {
    const base = parted();
    const laptop = edit('laptop', base, setMark('c2', 'covers-next-steps', 'met'));
    const phone = edit('phone', base, setMark('c2', 'covers-next-steps', 'met'));
    const plan = previewMerge(laptop, phone);
    expect(plan.conflicts).toEqual([]);
    expect(plan.counts.updated).toBe(0);
  });

  it('keeps a call deleted on one side and unchanged on the other deleted, either way round', () => {
    const base = parted();
    const phone = edit('phone', base, removeCall('c3'));
    const a = merge(base, phone);
    expect(a.calls.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(previewMerge(base, phone).counts.deleted).toBe(1);
    const b = merge(phone, base, {}, 'phone');
    expect(b.calls.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(b).toBe(phone);
  });

  it('asks when a call was deleted on one side and changed on the other', () => {
    const base = parted();
    const laptop = edit('laptop', base, setMark('c3', 'covers-next-steps', 'met'));
    const phone = edit('phone', base, removeCall('c3'));
    const plan = previewMerge(laptop, phone);
    expect(plan.conflicts.map((c) => c.key)).toEqual(['call:c3']);
    expect(applyMerge(plan, { 'call:c3': 'incoming' }, 'laptop', at()).calls.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(applyMerge(plan, {}, 'laptop', at()).calls.map((c) => c.id)).toEqual(['c1', 'c2', 'c3']);
    // The reverse side: this device deleted it, the other changed it; keeping the change restores it.
    const reverse = previewMerge(phone, laptop);
    const restored = applyMerge(reverse, { 'call:c3': 'incoming' }, 'phone', at());
    expect(restored.calls.map((c) => c.id)).toEqual(['c1', 'c2', 'c3']);
    expect(restored.deletedCalls).toEqual([]);
  });

  it("merges the record's own fields the same way", () => {
    const base = parted();
    const laptop = edit('laptop', base, (r) => ({ ...r, requestedOn: '2026-11-20' }));
    const phone = edit(
      'phone',
      edit('phone', base, (r) => ({ ...r, associate: 'Sam Jones' })),
      (r) => ({
        ...r,
        requestedOn: '2026-11-21',
      }),
    );
    const plan = previewMerge(laptop, phone);
    expect(plan.counts).toMatchObject({ fields: 1, conflicts: 1 });
    expect(plan.conflicts[0]).toMatchObject({ kind: 'field', field: 'requestedOn', local: '2026-11-20' });
    const merged = applyMerge(plan, { 'field:requestedOn': 'incoming' }, 'laptop', at());
    expect(merged).toMatchObject({ associate: 'Sam Jones', requestedOn: '2026-11-21' });
    expect(previewMerge(merged, phone).changes).toBe(false);
  });

  it('changes nothing when the same copy is merged a second time', () => {
    const base = parted();
    const laptop = edit('laptop', base, addCall(call('l1', '2026-11-10')));
    let phone = edit('phone', base, setMark('c1', 'covers-next-steps', 'met'));
    phone = edit('phone', phone, removeCall('c2'));
    phone = edit('phone', phone, (r) => ({ ...r, satisfaction: { score: 9, date: '2026-11-20' } }));
    const once = merge(laptop, phone);
    const twice = previewMerge(once, phone);
    expect(twice.changes).toBe(false);
    expect(mergePreviewText('Sam', twice.counts, twice.changes)).toMatch(/^Nothing to merge/);
    expect(applyMerge(twice, {}, 'laptop', at())).toBe(once);
  });

  it('gives the same calls and fields merging A into B as B into A, when nothing conflicts', () => {
    const base = parted();
    let a = edit('laptop', base, addCall(call('l1', '2026-11-10')));
    a = edit('laptop', a, setMark('c1', 'covers-next-steps', 'met'));
    a = edit('laptop', a, removeCall('c3'));
    let b = edit('phone', base, addCall(call('p1', '2026-11-09')));
    b = edit('phone', b, setMark('c2', 'initiates-small-talk', 'not-met'));
    b = edit('phone', b, (r) => ({ ...r, goLiveOn: undefined, requestedOn: '2026-11-03' }));
    const ab = merge(b, a, {}, 'phone');
    const ba = merge(a, b, {}, 'laptop');
    expect(previewMerge(b, a).conflicts).toEqual([]);
    expect(byId(ab)).toEqual(byId(ba));
    expect(ab.deletedCalls).toEqual(ba.deletedCalls);
    expect(ab.requestedOn).toBe(ba.requestedOn);
    expect(ab.fieldVersions).toEqual(ba.fieldVersions);
    expect(byId(ab).map((c) => c.id)).toEqual(['c1', 'c2', 'l1', 'p1']);
  });

  it('matches the calls of a version 1 file by what they say, so importing it twice adds nothing', () => {
    const base = parted();
    const v1 = {
      kind: 'readiness-assessment',
      version: 1,
      rubricVersion: 1,
      associate: 'Sam',
      calls: [
        { date: '2026-11-02', lead: 'attended', marks: { 'initiates-small-talk': 'met' } },
        { date: '2026-11-15', lead: 'attended', marks: {} },
      ],
      requestedOn: '2026-11-14',
    };
    const read = (text: string) => {
      const r = readRecordFile(text, readiness);
      if (!r.ok) throw new Error(r.message);
      return r.record;
    };
    const plan = previewMerge(base, read(JSON.stringify(v1)));
    expect(plan.counts).toMatchObject({ added: 1, fields: 1, conflicts: 0 });
    const once = applyMerge(plan, {}, 'laptop', at());
    expect(once.calls).toHaveLength(4);
    expect(once.requestedOn).toBe('2026-11-14');
    expect(previewMerge(once, read(JSON.stringify(v1))).counts).toMatchObject({ added: 0, conflicts: 0 });
  });

  it('applies file, backup and link merges all at once with the picks, and adds new records', () => {
    const base = parted();
    const laptop = edit('laptop', base, setMark('c2', 'covers-next-steps', 'met'));
    const phone = edit('phone', base, setMark('c2', 'covers-next-steps', 'not-met'));
    const other = { ...newRecord('Bea', 1), id: 'bea' };
    const plan = previewMerge(laptop, phone);
    const out = incomingApplied(
      [laptop],
      [
        { kind: 'merge', plan },
        { kind: 'add', record: other },
      ],
      { [pickKey(plan, 'call:c2')]: 'incoming' },
      'laptop',
      at(),
      () => 'new',
    );
    expect(out?.records.map((r) => r.id)).toEqual(['rec', 'bea']);
    expect(out?.records[0].calls[1].marks).toEqual({ 'covers-next-steps': 'not-met' });
    expect(out?.notice.text).toBe('Added 1 record and merged 1 record (1 conflict).');
  });

  it('merges two 200-call copies quickly', () => {
    let a = { ...newRecord('Sam', 1), id: 'big' };
    a = edit('laptop', a, (r) => ({
      ...r,
      calls: Array.from({ length: 200 }, (_, i) =>
        call(
          `c${i}`,
          '2026-11-02',
          Object.fromEntries(readiness.groups.flatMap((g) => g.indicators.map((x) => [x.id, 'met']))),
        ),
      ),
    }));
    const b = edit('phone', a, (r) => ({ ...r, calls: r.calls.map((c, i) => (i % 2 ? { ...c, label: 'x' } : c)) }));
    const t = performance.now();
    const plan = previewMerge(a, b);
    applyMerge(plan, {}, 'laptop', at());
    expect(performance.now() - t).toBeLessThan(100);
    expect(plan.counts.updated).toBe(100);
  });
});
