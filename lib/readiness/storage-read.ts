import * as z from 'zod/mini';
import { decodeEnvelope, type ReadResult, readStore } from '@/lib/storage/envelope-read';
import { type Decoded, type KeyValueStore, selfCheckStore } from './storage';

/**
 * Reading the self-check back, validated on every read. Anything that does not decode is set aside
 * (kept under another key, reported) rather than thrown or discarded.
 */
const payload = z.object({
  met: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(1000)),
});

function toDecoded(result: ReadResult<{ met: string[] }>, knownIds: ReadonlySet<string>): Decoded {
  if (result.kind === 'empty') return { kind: 'empty', met: [] };
  if (result.kind === 'set-aside') return { kind: 'set-aside', met: [], reason: result.reason };
  const met: string[] = [];
  const dropped: string[] = [];
  for (const id of new Set(result.value.met)) (knownIds.has(id) ? met : dropped).push(id);
  return { kind: 'ok', met, dropped };
}

/** Decodes stored text against the indicator ids that exist now. Never throws. */
export function decode(raw: string | null | undefined, knownIds: ReadonlySet<string>): Decoded {
  return toDecoded(decodeEnvelope(selfCheckStore, raw, payload), knownIds);
}

/** Reads the saved ticks, setting aside what does not decode. */
export function load(store: KeyValueStore, knownIds: ReadonlySet<string>): Decoded {
  return toDecoded(readStore(selfCheckStore, store, payload), knownIds);
}
