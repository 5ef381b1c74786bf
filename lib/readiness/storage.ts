/**
 * The self-check's browser storage: a versioned envelope. Writing needs no validation library, so
 * this module stays small; reading validates with zod/mini in ./storage-read, loaded separately.
 */
export const STORAGE_KEY = 'sop-handbook:readiness-self-check';
export const SET_ASIDE_KEY = `${STORAGE_KEY}:set-aside`;
export const ENVELOPE_VERSION = 1;
/** Far above any real record (19 ids); a larger value is not ours and is not parsed. */
export const MAX_STORED_CHARS = 20_000;

export interface Envelope {
  v: typeof ENVELOPE_VERSION;
  met: string[];
  savedAt?: string;
}

export type Decoded =
  | { kind: 'empty'; met: string[] }
  | { kind: 'ok'; met: string[]; dropped: string[] }
  | { kind: 'set-aside'; met: string[]; reason: string };

/** The part of the Web Storage API the codec uses, so tests can pass a real or a failing store. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The stored text for a set of ticked ids. */
export function encode(met: Iterable<string>, now = new Date()): string {
  const envelope: Envelope = { v: ENVELOPE_VERSION, met: [...new Set(met)].sort(), savedAt: now.toISOString() };
  return JSON.stringify(envelope);
}

/** Saves the ticks; returns false when the browser refuses (storage full or disabled). */
export function save(store: KeyValueStore, met: Iterable<string>): boolean {
  try {
    store.setItem(STORAGE_KEY, encode(met));
    return true;
  } catch {
    return false;
  }
}
