import * as z from 'zod/mini';
import { defineStore, type KeyValueStore } from '@/lib/storage/envelope';
import { readStore } from '@/lib/storage/envelope-read';

/**
 * The record the Lead opened last, so a returning Lead lands on it. Its own small store (the records
 * are written whole on every change; switching records should not rewrite them all).
 */
export const lastRecordStore = defineStore<{ id: string }>({
  key: 'sop-handbook:assessment-last-record',
  version: 1,
  maxChars: 1_000,
});

const payload = z.object({ id: z.string().check(z.maxLength(200)) });

/** The id last opened here, or null. Never throws; unreadable data is set aside like any store's. */
export function loadLastRecord(store: KeyValueStore): string | null {
  const result = readStore(lastRecordStore, store, payload);
  return result.kind === 'ok' ? result.value.id : null;
}

export function saveLastRecord(store: KeyValueStore, id: string): boolean {
  return lastRecordStore.save(store, { id });
}
