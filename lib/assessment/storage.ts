import * as z from 'zod/mini';
import { defineStore, type KeyValueStore } from '@/lib/storage/envelope';
import { decodeEnvelope, type ReadResult, readStore, type SetAsideReason, setAside } from '@/lib/storage/envelope-read';
import { type AssessmentRecord, LIMITS, newId } from './record';
import { normaliseRecord, recordSchemaFor } from './record-schema';

/**
 * The Lead's assessments: every record in one envelope, written whole by one setItem, with this
 * browser's device id (for merges) and when it last saved a backup.
 *
 * Envelope version 2 holds records of format version 2. Version 1 stored data (records of format
 * version 1) is read and moved to version 2 in memory; it is written back as version 2 on the next
 * save, so nothing is lost and a page that only looks writes nothing.
 */
export interface BackupState {
  /** When the last backup was saved (ISO time). */
  at?: string;
  /** Changes to the records since then. */
  changes: number;
}

export interface StoredAssessments {
  records: AssessmentRecord[];
  device: string;
  backup: BackupState;
}

export const assessmentStore = defineStore<StoredAssessments>({
  key: 'sop-handbook:readiness-assessments',
  version: 2,
  // About 2 MB of text: dozens of full records, and still inside every browser's storage quota.
  maxChars: 2_000_000,
});
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

export interface LoadedAssessments {
  records: AssessmentRecord[];
  /** This browser's device id (made on first use; saved with the records). */
  device: string;
  backup: BackupState;
  /** The whole store could not be used. */
  setAside?: SetAsideReason;
  /** How many single records were set aside. */
  recordsSetAside: number;
}

/** A device id: short, lowercase, random; it only needs to differ between one Lead's browsers. */
export function newDeviceId(): string {
  return Math.random().toString(36).slice(2, 10).padEnd(8, '0');
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
  const fresh = { records: [], device: makeDevice(), backup: { changes: 0 }, recordsSetAside: 0 };
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

export function saveAssessments(store: KeyValueStore, data: StoredAssessments): boolean {
  return assessmentStore.save(store, data);
}
