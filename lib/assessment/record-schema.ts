import * as z from 'zod/mini';
import { isRealDate } from '@/lib/iso-date';
import { type AssessmentRecord, LIMITS, RECORD_KIND } from './record';

/**
 * Validates an assessment record, whether read back from browser storage or (later) from a file.
 * zod/mini keeps it small enough for the assessment page's own code budget.
 */
const isoDate = z
  .string()
  .check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'),
    z.refine(isRealDate, 'is not a date that exists'),
  );

const text = (max: number) => z.string().check(z.maxLength(max, `must be at most ${max} characters`));

// Kebab-case, like the data file's ids: "__proto__" and other prototype keys can never match.
const indicatorId = z.string().check(z.maxLength(100), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'is not an indicator id'));

const fewKeys = (obj: object) => Object.keys(obj).length <= LIMITS.ids;

const mark = z.enum(['met', 'not-met', 'not-observed']);

export const callSchema = z.object({
  id: z.optional(text(40)),
  date: isoDate,
  lead: z.enum(['attended', 'absent']),
  observed: z.optional(z.enum(['live', 'recording', 'no'])),
  strong: z.optional(z.boolean()),
  label: z.optional(text(LIMITS.label)),
  marks: z.record(indicatorId, mark).check(z.refine(fewKeys, 'has too many indicators')),
  notes: z._default(
    z.record(indicatorId, text(LIMITS.note)).check(z.refine(fewKeys, 'has too many notes')),
    () => ({}),
  ),
  note: z.optional(text(LIMITS.note)),
});

const logEntry = z.object({ date: isoDate, note: text(LIMITS.note) });
const log = z.array(logEntry).check(z.maxLength(LIMITS.logEntries, `must have at most ${LIMITS.logEntries} entries`));

const recordShape = {
  kind: z.literal(RECORD_KIND),
  rubricVersion: z.int().check(z.gte(1)),
  id: z.optional(text(40)),
  associate: text(LIMITS.name),
  calls: z.array(callSchema).check(z.maxLength(LIMITS.calls, `must have at most ${LIMITS.calls} calls`)),
  satisfaction: z.optional(
    z.object({
      score: z.number().check(z.gte(0, 'must not be negative')),
      date: isoDate,
      confirmedBy: z.optional(text(LIMITS.name)),
    }),
  ),
  requestedOn: z.optional(isoDate),
  goLiveOn: z.optional(isoDate),
  safety: z._default(z.object({ reviews: log, checkIns: log, escalations: log }), () => ({
    reviews: [],
    checkIns: [],
    escalations: [],
  })),
  self: z.optional(
    z.object({
      date: isoDate,
      met: z.array(indicatorId).check(z.maxLength(LIMITS.ids)),
    }),
  ),
};

/** Format version 1, as the contract fixed it: calls may lack ids, nothing carries a version. */
const { kind, ...recordRest } = recordShape;
export const recordSchemaV1 = z.object({ kind, version: z.literal(1), ...recordRest });

// Format version 2: what a merge needs (see lib/assessment/versions.ts).
const deviceId = z.string().check(z.regex(/^[a-z0-9]{1,16}$/, 'is not a device id'));
const rev = z
  .record(deviceId, z.int().check(z.gte(0), z.lte(1_000_000_000)))
  .check(z.refine((r) => Object.keys(r).length <= LIMITS.devices, `names more than ${LIMITS.devices} devices`));
const isoTime = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/, 'is not a time'));
const callId = z.string().check(z.minLength(1), z.maxLength(40));
const fieldVersion = z.object({ updatedAt: isoTime, rev });
const unique = (ids: string[]) => new Set(ids).size === ids.length;

export const callSchemaV2 = z.object({
  ...callSchema.def.shape,
  id: callId,
  updatedAt: z.optional(isoTime),
  rev: z.optional(rev),
});

export const deletedCallSchema = z.object({ id: callId, deletedAt: isoTime, rev });

export const recordSchemaV2 = z.object({
  kind,
  version: z.literal(2),
  ...recordRest,
  calls: z.array(callSchemaV2).check(
    z.maxLength(LIMITS.calls, `must have at most ${LIMITS.calls} calls`),
    z.refine((calls) => unique(calls.map((c) => c.id)), 'has two calls with the same id'),
  ),
  deletedCalls: z._default(
    z.array(deletedCallSchema).check(
      z.maxLength(LIMITS.deletedCalls, `must have at most ${LIMITS.deletedCalls} deletion markers`),
      z.refine((d) => unique(d.map((x) => x.id)), 'has two markers for the same call'),
    ),
    () => [],
  ),
  fieldVersions: z._default(
    z.object({
      associate: z.optional(fieldVersion),
      satisfaction: z.optional(fieldVersion),
      requestedOn: z.optional(fieldVersion),
      goLiveOn: z.optional(fieldVersion),
      reviews: z.optional(fieldVersion),
      checkIns: z.optional(fieldVersion),
      escalations: z.optional(fieldVersion),
      self: z.optional(fieldVersion),
    }),
    () => ({}),
  ),
});

/** Either version's schema, by the record's own `version` (a union would cost the page more code). */
export const recordSchemaFor = (version: unknown) =>
  version === 1 ? recordSchemaV1 : version === 2 ? recordSchemaV2 : null;

export type ParsedRecord = z.output<typeof recordSchemaV1> | z.output<typeof recordSchemaV2>;

/**
 * A parsed record of either version as version 2: a version 1 record's calls get ids and an empty
 * version (history unknown), so a merge matches them by content and asks rather than guesses.
 */
export function normaliseRecord(parsed: ParsedRecord, makeId: () => string): AssessmentRecord {
  const seen = new Set<string>();
  const calls = parsed.calls.map((c) => {
    let id = c.id || makeId();
    if (seen.has(id)) id = makeId();
    seen.add(id);
    return { ...c, id };
  });
  if (parsed.version === 2) return { ...parsed, id: parsed.id || makeId(), calls };
  return { ...parsed, version: 2, id: parsed.id || makeId(), calls, deletedCalls: [], fieldVersions: {} };
}
