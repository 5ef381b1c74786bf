import * as z from 'zod/mini';
import { defineStore, type KeyValueStore } from '@/lib/storage/envelope';
import { type ReadResult, readStore, type SetAsideReason, setAside } from '@/lib/storage/envelope-read';
import { type AssessmentRecord, LIMITS, newId } from './record';
import { normaliseRecord, recordSchema } from './record-schema';

/** The Lead's assessments: every record in one envelope, written whole by one setItem. */
export const assessmentStore = defineStore<{ records: AssessmentRecord[] }>({
  key: 'sop-handbook:readiness-assessments',
  version: 1,
  // About 2 MB of text: dozens of full records, and still inside every browser's storage quota.
  maxChars: 2_000_000,
});

// Records are checked one by one below, so one bad record is set aside and the others still load.
const payload = z.object({ records: z.array(z.unknown()).check(z.maxLength(LIMITS.records * 2)) });

export interface LoadedAssessments {
  records: AssessmentRecord[];
  /** The whole store could not be used. */
  setAside?: SetAsideReason;
  /** How many single records were set aside. */
  recordsSetAside: number;
}

/** Reads every record; what does not decode is kept under a set-aside key and reported. Never throws. */
export function loadAssessments(store: KeyValueStore): LoadedAssessments {
  const result: ReadResult<{ records: unknown[] }> = readStore(assessmentStore, store, payload);
  if (result.kind === 'empty') return { records: [], recordsSetAside: 0 };
  if (result.kind === 'set-aside') return { records: [], setAside: result.reason, recordsSetAside: 0 };
  const records: AssessmentRecord[] = [];
  const rejected: unknown[] = [];
  const seen = new Set<string>();
  for (const raw of result.value.records) {
    const parsed = recordSchema.safeParse(raw);
    if (!parsed.success || records.length >= LIMITS.records) {
      rejected.push(raw);
      continue;
    }
    const record = normaliseRecord(parsed.data, newId);
    if (seen.has(record.id)) record.id = newId();
    seen.add(record.id);
    records.push(record);
  }
  if (rejected.length > 0) {
    // Keep the rejected records before the next save rewrites the store without them.
    setAside(store, assessmentStore.setAsideKey, JSON.stringify({ records: rejected }));
  }
  return { records, recordsSetAside: rejected.length };
}

export function saveAssessments(store: KeyValueStore, records: AssessmentRecord[]): boolean {
  return assessmentStore.save(store, { records });
}
