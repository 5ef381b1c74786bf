import { defineStore, type KeyValueStore } from '@/lib/storage/envelope';
import type { SetAsideReason } from '@/lib/storage/envelope-read';

export type { KeyValueStore };

/** The self-check's browser storage: the shared versioned envelope, holding the ticked ids. */
export const selfCheckStore = defineStore<{ met: string[] }>({
  key: 'sop-handbook:readiness-self-check',
  version: 1,
  // Far above any real self-check (19 ids); a larger value is not ours and is not parsed.
  maxChars: 20_000,
});

export const STORAGE_KEY = selfCheckStore.key;
export const SET_ASIDE_KEY = selfCheckStore.setAsideKey;
export const ENVELOPE_VERSION = selfCheckStore.version;
export const MAX_STORED_CHARS = selfCheckStore.maxChars;

export type Decoded =
  | { kind: 'empty'; met: string[] }
  | { kind: 'ok'; met: string[]; dropped: string[] }
  | { kind: 'set-aside'; met: string[]; reason: SetAsideReason };

/** The stored text for a set of ticked ids. */
export function encode(met: Iterable<string>, now = new Date()): string {
  return selfCheckStore.encode({ met: [...new Set(met)].sort() }, now);
}

/** Saves the ticks; returns false when the browser refuses (storage full or disabled). */
export function save(store: KeyValueStore, met: Iterable<string>): boolean {
  return selfCheckStore.save(store, { met: [...new Set(met)].sort() });
}
