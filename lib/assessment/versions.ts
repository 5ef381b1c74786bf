import {
  type AssessmentRecord,
  type Call,
  type DeletedCall,
  type FieldVersion,
  LIMITS,
  RECORD_FIELDS,
  type RecordField,
  type Rev,
} from './record';

/**
 * What a merge needs to know about a change: which device made it, and what it had seen before.
 *
 * Each call and each of the record's own fields carries a version vector (`rev`): per device, how
 * many changes that device has made to it. A device that changes something adds one to its own
 * count, on top of the counts it had. So when one copy's counts are all at least the other's, it
 * has seen every change the other has (it descends from it) and wins; when each has a count the
 * other lacks, both were changed since they parted: a conflict. Clocks never decide anything (a
 * phone's clock may be wrong); `updatedAt` is only shown to the Lead.
 */

export type Order = 'equal' | 'local-newer' | 'incoming-newer' | 'concurrent';

export function compareRevs(local: Rev, incoming: Rev): Order {
  let localAhead = false;
  let incomingAhead = false;
  for (const device of Object.keys(local)) {
    const a = local[device];
    const b = Object.hasOwn(incoming, device) ? incoming[device] : 0;
    if (a > b) localAhead = true;
    else if (a < b) incomingAhead = true;
  }
  for (const device of Object.keys(incoming)) {
    if (!Object.hasOwn(local, device) && incoming[device] > 0) incomingAhead = true;
  }
  if (localAhead && incomingAhead) return 'concurrent';
  if (localAhead) return 'local-newer';
  if (incomingAhead) return 'incoming-newer';
  return 'equal';
}

/** The least version that has seen both. */
export function joinRevs(a: Rev, b: Rev): Rev {
  const out: Rev = { ...a };
  for (const device of Object.keys(b)) {
    if (!Object.hasOwn(out, device) || b[device] > out[device]) out[device] = b[device];
  }
  return out;
}

/** A change made on this device. */
export function bumpRev(rev: Rev | undefined, device: string): Rev {
  const out: Rev = { ...(rev ?? {}) };
  out[device] = (Object.hasOwn(out, device) ? out[device] : 0) + 1;
  return out;
}

/** JSON with object keys sorted, so two copies that hold the same thing compare equal. */
export function canonical(value: unknown): string {
  if (value === undefined) return 'null';
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(obj[k])}`).join(',')}}`;
}

const sortedEntries = (obj: Record<string, string> | undefined) => {
  const keys = Object.keys(obj ?? {}).sort();
  let out = '';
  for (const k of keys) out += `${JSON.stringify(k)}:${JSON.stringify((obj as Record<string, string>)[k])},`;
  return out;
};

/**
 * What a call says, without its id and version: two copies with the same content are the same.
 * Written out by hand (not `canonical`) because a merge of two 200-call copies compares hundreds.
 */
export function callContent(call: Call): string {
  const { id: _id, updatedAt: _at, rev: _rev, marks, notes, ...rest } = call;
  const keys = Object.keys(rest).sort();
  let out = '';
  for (const k of keys) {
    const v = (rest as Record<string, unknown>)[k];
    if (v !== undefined) out += `${k}=${JSON.stringify(v)};`;
  }
  return `${out}|${sortedEntries(marks)}|${sortedEntries(notes)}`;
}

export function fieldValue(record: AssessmentRecord, field: RecordField): unknown {
  switch (field) {
    case 'reviews':
    case 'checkIns':
    case 'escalations':
      return record.safety[field];
    default:
      return record[field];
  }
}

export function withField(record: AssessmentRecord, field: RecordField, value: unknown): AssessmentRecord {
  switch (field) {
    case 'reviews':
    case 'checkIns':
    case 'escalations':
      return { ...record, safety: { ...record.safety, [field]: value } };
    default:
      return { ...record, [field]: value };
  }
}

/** Keeps the newest deletion markers within the limit. */
export function capDeleted(markers: DeletedCall[]): DeletedCall[] {
  if (markers.length <= LIMITS.deletedCalls) return markers;
  return [...markers].sort((a, b) => (a.deletedAt < b.deletedAt ? 1 : -1)).slice(0, LIMITS.deletedCalls);
}

/**
 * Stamps what changed between two versions of a record (an edit on this device): a changed or new
 * call gets a new version and time, a removed call leaves a deletion marker, a changed field gets
 * a new version and time. Unchanged parts keep theirs, so editing one call never touches another.
 */
export function stampChanges(
  prev: AssessmentRecord,
  next: AssessmentRecord,
  device: string,
  at: string,
): AssessmentRecord {
  const before = new Map(prev.calls.map((c) => [c.id, c]));
  const markers = new Map(prev.deletedCalls.map((d) => [d.id, d]));
  let markersChanged = false;
  const calls = next.calls.map((call) => {
    const old = before.get(call.id);
    if (old === call) return call;
    if (old && callContent(old) === callContent(call)) {
      return call.rev === old.rev ? call : { ...call, updatedAt: old.updatedAt, rev: old.rev };
    }
    // A call brought back under a deleted id must be newer than its deletion marker.
    const marker = markers.get(call.id);
    if (marker) {
      markers.delete(call.id);
      markersChanged = true;
    }
    const base = joinRevs(old?.rev ?? call.rev ?? {}, marker?.rev ?? {});
    return { ...call, updatedAt: at, rev: bumpRev(base, device) };
  });
  const kept = new Set(calls.map((c) => c.id));
  for (const old of prev.calls) {
    if (kept.has(old.id)) continue;
    markers.set(old.id, { id: old.id, deletedAt: at, rev: bumpRev(old.rev, device) });
    markersChanged = true;
  }
  let fieldVersions = next.fieldVersions;
  for (const field of RECORD_FIELDS) {
    const a = fieldValue(prev, field);
    const b = fieldValue(next, field);
    if (a === b || canonical(a) === canonical(b)) continue;
    const version: FieldVersion = { updatedAt: at, rev: bumpRev(prev.fieldVersions[field]?.rev, device) };
    fieldVersions = { ...fieldVersions, [field]: version };
  }
  return {
    ...next,
    calls,
    deletedCalls: markersChanged ? capDeleted([...markers.values()]) : next.deletedCalls,
    fieldVersions,
  };
}
