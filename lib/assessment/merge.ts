import {
  type AssessmentRecord,
  type Call,
  type DeletedCall,
  type FieldVersion,
  RECORD_FIELDS,
  type RecordField,
  type Rev,
} from './record';
import { bumpRev, callContent, canonical, capDeleted, compareRevs, fieldValue, joinRevs, withField } from './versions';

/**
 * Merging two copies of one record, call by call and field by field (see ./versions for how a
 * version says what it has seen). In two steps: `previewMerge` says what would change and lists
 * the conflicts, changing nothing; `applyMerge` takes the Lead's pick for each conflict.
 *
 * - a call only one side has is kept (an incoming call from a version 1 file whose content this
 *   record already has is the same call, not a new one);
 * - a call changed on one side only takes that change; a deletion is a change like any other, so
 *   a call deleted on one side and unchanged on the other stays deleted;
 * - a call changed on both sides since they parted, to different content, is a conflict;
 * - the record's own fields merge the same way.
 * Nothing depends on which side is which when there is no conflict: A into B and B into A give
 * the same calls, and merging the same copy again changes nothing.
 */

export type Side = 'local' | 'incoming';

export type CallConflict = {
  key: string;
  kind: 'call';
  id: string;
  /** A call, or its deletion marker. */
  local: Call | DeletedCall;
  incoming: Call | DeletedCall;
};

export type FieldConflict = {
  key: string;
  kind: 'field';
  field: RecordField;
  local: unknown;
  incoming: unknown;
  localAt?: string;
  incomingAt?: string;
  localRev: Rev;
  incomingRev: Rev;
};

export type Conflict = CallConflict | FieldConflict;

export interface MergeCounts {
  added: number;
  updated: number;
  deleted: number;
  fields: number;
  conflicts: number;
}

export interface MergePlan {
  local: AssessmentRecord;
  incoming: AssessmentRecord;
  /** The merge with every conflict left as this device has it. */
  merged: AssessmentRecord;
  conflicts: Conflict[];
  counts: MergeCounts;
  /** Whether anything stored would change (a version learnt counts, even when no content moves). */
  changes: boolean;
}

type Entry = Call | DeletedCall;
const isDeleted = (e: Entry): e is DeletedCall => 'deletedAt' in e;
const revOf = (e: Entry): Rev => e.rev ?? {};
const contentOf = (e: Entry) => (isDeleted(e) ? '\u0000deleted' : callContent(e));
const isEmpty = (v: unknown) => v === undefined || (Array.isArray(v) && v.length === 0);

export function previewMerge(local: AssessmentRecord, incoming: AssessmentRecord): MergePlan {
  const counts: MergeCounts = { added: 0, updated: 0, deleted: 0, fields: 0, conflicts: 0 };
  const conflicts: Conflict[] = [];
  let changes = false;

  const mine = new Map<string, Entry>();
  for (const d of local.deletedCalls) mine.set(d.id, d);
  for (const c of local.calls) mine.set(c.id, c);
  const theirs = new Map<string, Entry>();
  for (const d of incoming.deletedCalls) theirs.set(d.id, d);
  for (const c of incoming.calls) theirs.set(c.id, c);
  // Only a call from a version 1 file needs matching by content; most merges never build this.
  let localContents: Set<string> | null = null;

  const result = new Map<string, Entry>(mine);
  const added: Call[] = [];
  for (const [id, other] of theirs) {
    const own = mine.get(id);
    if (!own) {
      if (isDeleted(other)) {
        result.set(id, other);
        changes = true;
        continue;
      }
      // A call from a version 1 file has a fresh id each time it is read: match it by what it says.
      if (Object.keys(revOf(other)).length === 0) {
        localContents ??= new Set(local.calls.map(callContent));
        if (localContents.has(callContent(other))) continue;
      }
      added.push(other);
      counts.added++;
      changes = true;
      continue;
    }
    const order = compareRevs(revOf(own), revOf(other));
    if (order === 'local-newer') continue;
    const same = own === other || contentOf(own) === contentOf(other);
    if (order === 'equal' && same) continue;
    if (order === 'incoming-newer') {
      result.set(id, other);
      changes = true;
      if (same) continue;
      if (isDeleted(other)) counts.deleted++;
      else if (isDeleted(own)) counts.added++;
      else counts.updated++;
      continue;
    }
    if (same) {
      // Both made the same change: nothing to ask, only the versions join.
      result.set(id, { ...own, rev: joinRevs(revOf(own), revOf(other)) });
      changes = true;
      continue;
    }
    conflicts.push({ key: `call:${id}`, kind: 'call', id, local: own, incoming: other });
  }

  let merged: AssessmentRecord = local;
  let fieldVersions = local.fieldVersions;
  for (const field of RECORD_FIELDS) {
    const ownVersion = local.fieldVersions[field];
    const otherVersion = incoming.fieldVersions[field];
    const a = fieldValue(local, field);
    const b = fieldValue(incoming, field);
    const order = compareRevs(ownVersion?.rev ?? {}, otherVersion?.rev ?? {});
    const same = canonical(a) === canonical(b);
    if (order === 'local-newer' || (order === 'equal' && same)) continue;
    const take = (version: FieldVersion | undefined) => {
      if (!same) {
        merged = withField(merged, field, b);
        counts.fields++;
      }
      fieldVersions = { ...fieldVersions };
      if (version) fieldVersions[field] = version;
      else delete fieldVersions[field];
      changes = true;
    };
    if (order === 'incoming-newer') take(otherVersion);
    else if (same)
      take({ updatedAt: ownVersion?.updatedAt ?? '', rev: joinRevs(ownVersion?.rev ?? {}, otherVersion?.rev ?? {}) });
    // Neither side has a version (both from version 1): a value beats nothing, and nothing is lost.
    else if (order === 'equal' && !ownVersion && !otherVersion && isEmpty(a)) take(undefined);
    else if (order === 'equal' && !ownVersion && !otherVersion && isEmpty(b)) continue;
    else
      conflicts.push({
        key: `field:${field}`,
        kind: 'field',
        field,
        local: a,
        incoming: b,
        localAt: ownVersion?.updatedAt,
        incomingAt: otherVersion?.updatedAt,
        localRev: ownVersion?.rev ?? {},
        incomingRev: otherVersion?.rev ?? {},
      });
  }

  counts.conflicts = conflicts.length;
  if (!changes && conflicts.length === 0) return { local, incoming, merged: local, conflicts, counts, changes };
  merged = assemble(merged, local, result, added, fieldVersions);
  return { local, incoming, merged, conflicts, counts, changes: changes || conflicts.length > 0 };
}

/** Local calls in their order (each as merged), then the calls only the other side had, by date. */
function assemble(
  base: AssessmentRecord,
  local: AssessmentRecord,
  result: Map<string, Entry>,
  added: Call[],
  fieldVersions: AssessmentRecord['fieldVersions'],
): AssessmentRecord {
  const calls: Call[] = [];
  const deletedCalls: DeletedCall[] = [];
  const placed = new Set<string>();
  for (const c of local.calls) {
    const entry = result.get(c.id) as Entry;
    placed.add(c.id);
    if (isDeleted(entry)) deletedCalls.push(entry);
    else calls.push(entry);
  }
  const later: Call[] = [...added];
  for (const [id, entry] of result) {
    if (placed.has(id)) continue;
    if (isDeleted(entry)) deletedCalls.push(entry);
    else later.push(entry);
  }
  later.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { ...base, calls: [...calls, ...later], deletedCalls: capDeleted(deletedCalls), fieldVersions };
}

/**
 * The merged record with the Lead's pick for each conflict (a conflict without a pick keeps this
 * device's side). The picked side gets a version that has seen both, so merging either copy back
 * later takes the pick instead of asking again.
 */
export function applyMerge(
  plan: MergePlan,
  picks: Readonly<Record<string, Side>>,
  device: string,
  at: string,
): AssessmentRecord {
  if (!plan.changes) return plan.local;
  let record = plan.merged;
  const callChoices = new Map<string, Entry>();
  for (const conflict of plan.conflicts) {
    const side = picks[conflict.key] === 'incoming' ? 'incoming' : 'local';
    if (conflict.kind === 'call') {
      const chosen = conflict[side];
      const rev = bumpRev(joinRevs(revOf(conflict.local), revOf(conflict.incoming)), device);
      callChoices.set(
        conflict.id,
        isDeleted(chosen) ? { ...chosen, deletedAt: at, rev } : { ...chosen, updatedAt: at, rev },
      );
    } else {
      const rev = bumpRev(joinRevs(conflict.localRev, conflict.incomingRev), device);
      record = withField(record, conflict.field, conflict[side]);
      record = { ...record, fieldVersions: { ...record.fieldVersions, [conflict.field]: { updatedAt: at, rev } } };
    }
  }
  if (callChoices.size === 0) return record;
  const calls: Call[] = [];
  const deletedCalls = record.deletedCalls.filter((d) => !callChoices.has(d.id));
  for (const c of record.calls) {
    const choice = callChoices.get(c.id);
    if (!choice) calls.push(c);
    else if (isDeleted(choice)) deletedCalls.push(choice);
    else calls.push(choice);
    callChoices.delete(c.id);
  }
  // Conflicts whose local side was a deletion marker: a picked call goes after the others.
  for (const choice of callChoices.values()) {
    if (isDeleted(choice)) deletedCalls.push(choice);
    else calls.push(choice);
  }
  return { ...record, calls, deletedCalls: capDeleted(deletedCalls) };
}
