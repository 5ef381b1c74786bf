import type * as z from 'zod/mini';
import type { KeyValueStore, Store } from './envelope';

/** Why stored data could not be used; lib/readiness/messages.ts says it in words. */
export type SetAsideReason =
  | { problem: 'too-large'; chars: number }
  | { problem: 'not-json' }
  | { problem: 'other-version'; version: string }
  | { problem: 'wrong-shape' }
  | { problem: 'unreadable' };

export type ReadResult<Payload> =
  | { kind: 'empty' }
  | { kind: 'ok'; value: Payload }
  | { kind: 'set-aside'; reason: SetAsideReason };

/** Decodes stored text against the payload's schema. Never throws. */
export function decodeEnvelope<Payload>(
  spec: Pick<Store<object>, 'version' | 'maxChars'>,
  raw: string | null | undefined,
  payload: z.ZodMiniType<Payload>,
): ReadResult<Payload> {
  if (raw === null || raw === undefined || raw === '') return { kind: 'empty' };
  if (raw.length > spec.maxChars) return { kind: 'set-aside', reason: { problem: 'too-large', chars: raw.length } };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { kind: 'set-aside', reason: { problem: 'not-json' } };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { kind: 'set-aside', reason: { problem: 'wrong-shape' } };
  }
  const version = (json as { v?: unknown }).v;
  if (version !== spec.version) {
    if (version === undefined) return { kind: 'set-aside', reason: { problem: 'wrong-shape' } };
    return { kind: 'set-aside', reason: { problem: 'other-version', version: String(version).slice(0, 20) } };
  }
  const parsed = payload.safeParse(json);
  if (!parsed.success) return { kind: 'set-aside', reason: { problem: 'wrong-shape' } };
  return { kind: 'ok', value: parsed.data };
}

/**
 * Keeps text that could not be used under a set-aside key, never overwriting an earlier one, so
 * nothing is thrown away. Returns false when the browser has no room for the copy.
 */
export function setAside(store: KeyValueStore, baseKey: string, raw: string): boolean {
  try {
    const key = store.getItem(baseKey) === null ? baseKey : `${baseKey}:${Date.now().toString(36)}`;
    store.setItem(key, raw);
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads a store. Data that does not decode is moved to the set-aside key (so the next save cannot
 * overwrite it) and reported; storage that cannot be read at all (privacy mode) reads as empty.
 */
export function readStore<Payload>(
  spec: Store<object>,
  store: KeyValueStore,
  payload: z.ZodMiniType<Payload>,
): ReadResult<Payload> {
  let raw: string | null;
  try {
    raw = store.getItem(spec.key);
  } catch {
    return { kind: 'empty' };
  }
  const result = decodeEnvelope(spec, raw, payload);
  if (result.kind === 'set-aside' && raw !== null && setAside(store, spec.setAsideKey, raw)) {
    try {
      store.removeItem(spec.key);
    } catch {
      // The copy is kept; the original stays too, and the notice still says it was not used.
    }
  }
  return result;
}
