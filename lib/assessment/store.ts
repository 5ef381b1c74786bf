import { defineStore, type KeyValueStore } from '@/lib/storage/envelope';
import type { AssessmentRecord } from './record';

/**
 * The Lead's assessments in browser storage, without the code that reads them back (storage.ts, which
 * carries the record validator): a Lead with nothing stored yet, and every save, need only this.
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

export interface LoadedAssessments {
  records: AssessmentRecord[];
  /** This browser's device id (made on first use; saved with the records). */
  device: string;
  backup: BackupState;
  /** The whole store could not be used. */
  setAside?: import('@/lib/storage/envelope-read').SetAsideReason;
  /** How many single records were set aside. */
  recordsSetAside: number;
}

/** A device id: short, lowercase, random; it only needs to differ between one Lead's browsers. */
export function newDeviceId(): string {
  return Math.random().toString(36).slice(2, 10).padEnd(8, '0');
}

/** What a browser with no assessments holds. */
export function noAssessments(makeDevice = newDeviceId): LoadedAssessments {
  return { records: [], device: makeDevice(), backup: { changes: 0 }, recordsSetAside: 0 };
}

/**
 * Whether there is anything stored to read (records, in any envelope version). Without it the
 * validator need not load. Storage that cannot be read holds nothing this page can use.
 */
export function hasStoredAssessments(store: KeyValueStore): boolean {
  try {
    return store.getItem(assessmentStore.key) !== null;
  } catch {
    return false;
  }
}

export function saveAssessments(store: KeyValueStore, data: StoredAssessments): boolean {
  return assessmentStore.save(store, data);
}
