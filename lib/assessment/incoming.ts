import type { Notice } from '@/lib/sentences';
import { applyMerge, type MergeCounts, type MergePlan, previewMerge, type Side } from './merge';
import { incomingAppliedText } from './messages-travel';
import { type AssessmentRecord, LIMITS } from './record';

/**
 * What a record file, a backup or a device link brings in, once the Lead has seen the preview:
 * records to add as new, and merges into records this browser has. Applying is pure and all at
 * once, so nothing stored changes until the Lead confirms, and then everything does in one save.
 */
export type IncomingItem = { kind: 'add'; record: AssessmentRecord } | { kind: 'merge'; plan: MergePlan };

/** The records after a confirmed review, for the reducer's `apply-incoming`. */
export interface Applied {
  records: AssessmentRecord[];
  selectedId: string | null;
  notice: Notice;
}

/** Where the Lead's pick for one conflict of one merge is kept. */
export const pickKey = (plan: MergePlan, conflictKey: string) => `${plan.local.id}/${conflictKey}`;

export function incomingApplied(
  records: readonly AssessmentRecord[],
  items: readonly IncomingItem[],
  picks: Readonly<Record<string, Side>>,
  device: string,
  at: string,
  makeId: () => string,
): Applied | null {
  let next = [...records];
  let added = 0;
  let merged = 0;
  let selectedId: string | null = null;
  const totals: MergeCounts = { added: 0, updated: 0, deleted: 0, fields: 0, conflicts: 0 };
  for (const item of items) {
    if (item.kind === 'add') {
      if (next.length >= LIMITS.records) continue;
      const taken = next.some((r) => r.id === item.record.id);
      const record = taken ? { ...item.record, id: makeId() } : item.record;
      next.push(record);
      added++;
      selectedId ??= record.id;
      continue;
    }
    const index = next.findIndex((r) => r.id === item.plan.local.id);
    if (index < 0) continue;
    // The record may have changed since the preview (another tab): merge into what is there now.
    const current = next[index];
    const plan = current === item.plan.local ? item.plan : previewMerge(current, item.plan.incoming);
    const own: Record<string, Side> = {};
    for (const c of plan.conflicts) {
      const pick = picks[pickKey(plan, c.key)];
      if (pick) own[c.key] = pick;
    }
    const result = applyMerge(plan, own, device, at);
    for (const k of Object.keys(totals) as (keyof MergeCounts)[]) totals[k] += plan.counts[k];
    merged++;
    selectedId ??= current.id;
    if (result !== current) next = next.map((r, i) => (i === index ? result : r));
  }
  if (added === 0 && merged === 0) return null;
  return { records: next, selectedId, notice: { tone: 'info', text: incomingAppliedText(added, merged, totals) } };
}

/**
 * Pairs what came in with the records here: a record with the same id merges into it; one without
 * a match (a version 1 file has no id, or a record this browser never had) is listed apart, for
 * the Lead to add as new or merge into a record they choose.
 */
export function planIncoming(
  records: readonly AssessmentRecord[],
  incoming: readonly AssessmentRecord[],
): { items: IncomingItem[]; unmatched: AssessmentRecord[] } {
  const byId = new Map(records.map((r) => [r.id, r]));
  const items: IncomingItem[] = [];
  const unmatched: AssessmentRecord[] = [];
  for (const record of incoming) {
    const local = byId.get(record.id);
    if (local) items.push({ kind: 'merge', plan: previewMerge(local, record) });
    else unmatched.push(record);
  }
  return { items, unmatched };
}
