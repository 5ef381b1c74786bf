import * as z from 'zod/mini';

/**
 * The self-check's browser storage. A versioned envelope, validated on every read. Anything that does
 * not decode is set aside (kept under another key, shown in a notice) rather than thrown or discarded.
 */
export const STORAGE_KEY = 'sop-handbook:readiness-self-check';
export const SET_ASIDE_KEY = `${STORAGE_KEY}:set-aside`;
export const ENVELOPE_VERSION = 1;
/** Far above any real record (19 ids); a larger value is not ours and is not parsed. */
export const MAX_STORED_CHARS = 20_000;

const envelopeSchema = z.object({
  v: z.literal(ENVELOPE_VERSION),
  met: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(1000)),
  savedAt: z.optional(z.string().check(z.maxLength(64))),
});

export type Envelope = z.infer<typeof envelopeSchema>;

export type Decoded =
  | { kind: 'empty'; met: string[] }
  | { kind: 'ok'; met: string[]; dropped: string[] }
  | { kind: 'set-aside'; met: string[]; reason: string };

/** Decodes stored text against the indicator ids that exist now. Never throws. */
export function decode(raw: string | null | undefined, knownIds: ReadonlySet<string>): Decoded {
  if (raw === null || raw === undefined || raw === '') return { kind: 'empty', met: [] };
  if (raw.length > MAX_STORED_CHARS) {
    return {
      kind: 'set-aside',
      met: [],
      reason: `it was too large (${raw.length} characters) to be a saved self-check`,
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { kind: 'set-aside', met: [], reason: 'it was not readable (not valid JSON)' };
  }
  const version = typeof json === 'object' && json !== null && 'v' in json ? (json as { v: unknown }).v : undefined;
  if (version !== undefined && version !== ENVELOPE_VERSION) {
    return { kind: 'set-aside', met: [], reason: `it was saved in a different format (version ${String(version)})` };
  }
  const parsed = envelopeSchema.safeParse(json);
  if (!parsed.success) {
    return { kind: 'set-aside', met: [], reason: 'it did not have the expected shape' };
  }
  const met: string[] = [];
  const dropped: string[] = [];
  for (const id of new Set(parsed.data.met)) (knownIds.has(id) ? met : dropped).push(id);
  return { kind: 'ok', met, dropped };
}

/** The stored text for a set of ticked ids. */
export function encode(met: Iterable<string>, now = new Date()): string {
  const envelope: Envelope = { v: ENVELOPE_VERSION, met: [...new Set(met)].sort(), savedAt: now.toISOString() };
  return JSON.stringify(envelope);
}

/** The part of the Web Storage API the codec uses, so tests can pass a real or a failing store. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * Reads the saved ticks. Stored data that does not decode is moved to SET_ASIDE_KEY so the next save
 * cannot overwrite it; storage that cannot be read at all (privacy mode) reads as empty.
 */
export function load(store: KeyValueStore, knownIds: ReadonlySet<string>): Decoded {
  let raw: string | null;
  try {
    raw = store.getItem(STORAGE_KEY);
  } catch {
    return { kind: 'empty', met: [] };
  }
  const decoded = decode(raw, knownIds);
  if (decoded.kind === 'set-aside' && raw !== null) {
    try {
      store.setItem(SET_ASIDE_KEY, raw);
      store.removeItem(STORAGE_KEY);
    } catch {
      // No room to keep a copy (a huge payload): leave it where it is; the notice still says it was ignored.
    }
  }
  return decoded;
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
