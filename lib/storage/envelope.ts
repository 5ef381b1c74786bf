/**
 * One small, versioned envelope for everything the site keeps in browser storage (the self-check and
 * the Lead's assessments). Writing needs no validation library, so this module stays small enough for
 * every client island; reading validates, in ./envelope-read, loaded separately.
 *
 * Stored text: `{"v":<version>,"savedAt":"<ISO time>", ...payload}`. One setItem per write, so a
 * crash mid-write never leaves half of it behind.
 */

/** The part of the Web Storage API the envelope uses, so tests can pass a real or a failing store. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface StoreSpec {
  /** The storage key. */
  key: string;
  /** The format version; stored data of another version is set aside, not read. */
  version: number;
  /** Stored text longer than this is not ours and is not parsed. */
  maxChars: number;
}

export interface Store<Payload extends object> extends StoreSpec {
  /** Where unreadable data is moved, so a later save cannot overwrite it. */
  setAsideKey: string;
  encode(payload: Payload, now?: Date): string;
  /** Writes the whole payload; false when the browser refuses (storage full, blocked or too large). */
  save(store: KeyValueStore, payload: Payload): boolean;
  /** Whether a `storage` event (another tab's write) concerns this store. */
  owns(key: string | null): boolean;
}

export function defineStore<Payload extends object>(spec: StoreSpec): Store<Payload> {
  const encode = (payload: Payload, now = new Date()) =>
    JSON.stringify({ v: spec.version, savedAt: now.toISOString(), ...payload });
  return {
    ...spec,
    setAsideKey: `${spec.key}:set-aside`,
    encode,
    save(store, payload) {
      const text = encode(payload);
      if (text.length > spec.maxChars) return false;
      try {
        store.setItem(spec.key, text);
        return true;
      } catch {
        return false;
      }
    },
    // null is what storage.clear() in another tab reports.
    owns: (key) => key === null || key === spec.key,
  };
}
