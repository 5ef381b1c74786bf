import * as z from 'zod/mini';
import type { KeyValueStore } from '@/lib/storage/envelope';
import { decodeEnvelope, type ReadResult, readStore, setAside } from '@/lib/storage/envelope-read';
import { type AssessmentRecord, LIMITS, newId } from './record';
import { normaliseRecord, recordSchemaFor } from './record-schema';
import { assessmentStore, type BackupState, type LoadedAssessments, newDeviceId, noAssessments } from './store';

/**
 * Reading the Lead's assessments back: every record in one envelope, written whole by one setItem,
 * with this browser's device id (for merges) and when it last saved a backup (store.ts).
 *
 * Envelope version 2 holds records of format version 2. Version 1 stored data (records of format
 * version 1) is read and moved to version 2 in memory; it is written back as version 2 on the next
 * save, so nothing is lost and a page that only looks writes nothing.
 */
export {
  assessmentStore,
  type BackupState,
  hasStoredAssessments,
  type LoadedAssessments,
  newDeviceId,
  noAssessments,
  type StoredAssessments,
  saveAssessments,
} from './store';

const storeV1 = { ...assessmentStore, version: 1 };

// Records are checked one by one below, so one bad record is set aside and the others still load.
const records = z.array(z.unknown()).check(z.maxLength(LIMITS.records * 2));
const payloadV1 = z.object({ records });
const payload = z.object({
  records,
  device: z.optional(z.unknown()),
  backup: z.optional(z.unknown()),
});

// Checked by hand, and anything odd read as nothing: a bad device id or backup note loses no record.
const deviceOf = (v: unknown) => (typeof v === 'string' && /^[a-z0-9]{1,16}$/.test(v) ? v : '');
function backupOf(v: unknown): BackupState {
  const b = (typeof v === 'object' && v !== null ? v : {}) as { at?: unknown; changes?: unknown };
  const changes = Number.isSafeInteger(b.changes) && (b.changes as number) >= 0 ? (b.changes as number) : 0;
  return typeof b.at === 'string' && b.at.length <= 40 ? { at: b.at, changes } : { changes };
}

function read(store: KeyValueStore): ReadResult<{ records: unknown[]; device?: unknown; backup?: unknown }> {
  let raw: string | null = null;
  try {
    raw = store.getItem(assessmentStore.key);
  } catch {
    return { kind: 'empty' };
  }
  // Version 1, as earlier handbooks stored it (the envelope always writes "v" first): read as it
  // is, and written back as version 2 on the next save.
  if (raw?.startsWith('{"v":1,')) {
    const old = decodeEnvelope(storeV1, raw, payloadV1);
    if (old.kind === 'ok') return old;
    return readStore(storeV1, store, payloadV1);
  }
  return readStore(assessmentStore, store, payload);
}

/** Reads every record; what does not decode is kept under a set-aside key and reported. Never throws. */
export function loadAssessments(store: KeyValueStore, makeDevice = newDeviceId): LoadedAssessments {
  const result = read(store);
  const fresh = noAssessments(makeDevice);
  if (result.kind === 'empty') return fresh;
  if (result.kind === 'set-aside') return { ...fresh, setAside: result.reason };
  const loaded: AssessmentRecord[] = [];
  const rejected: unknown[] = [];
  const seen = new Set<string>();
  for (const raw of result.value.records) {
    const schema = recordSchemaFor((raw as { version?: unknown } | null)?.version);
    const parsed = schema?.safeParse(raw);
    if (!parsed?.success || loaded.length >= LIMITS.records) {
      rejected.push(raw);
      continue;
    }
    const record = normaliseRecord(parsed.data, newId);
    if (seen.has(record.id)) record.id = newId();
    seen.add(record.id);
    loaded.push(record);
  }
  if (rejected.length > 0) {
    // Keep the rejected records before the next save rewrites the store without them.
    setAside(store, assessmentStore.setAsideKey, JSON.stringify({ records: rejected }));
  }
  return {
    records: loaded,
    device: deviceOf(result.value.device) || makeDevice(),
    backup: backupOf(result.value.backup),
    recordsSetAside: rejected.length,
  };
}
