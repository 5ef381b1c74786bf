import * as z from 'zod/mini';
import {
  type Decoded,
  ENVELOPE_VERSION,
  type Envelope,
  type KeyValueStore,
  MAX_STORED_CHARS,
  SET_ASIDE_KEY,
  STORAGE_KEY,
} from './storage';

/**
 * Reading the self-check back: validated on every read. Anything that does not decode is set aside
 * (kept under another key, reported) rather than thrown or discarded.
 */
const envelopeSchema: z.ZodMiniType<Envelope> = z.object({
  v: z.literal(ENVELOPE_VERSION),
  met: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(1000)),
  savedAt: z.optional(z.string().check(z.maxLength(64))),
});

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
