import * as z from 'zod/mini';
import { isRealDate } from '@/lib/iso-date';
import { type AssessmentRecord, LIMITS, RECORD_KIND, RECORD_VERSION } from './record';

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

export const recordSchema = z.object({
  kind: z.literal(RECORD_KIND),
  version: z.literal(RECORD_VERSION),
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
});

export type ParsedRecord = z.output<typeof recordSchema>;

/** A parsed record with the internal ids it may lack (a file from elsewhere) filled in. */
export function normaliseRecord(parsed: ParsedRecord, makeId: () => string): AssessmentRecord {
  return {
    ...parsed,
    id: parsed.id || makeId(),
    calls: parsed.calls.map((c) => ({ ...c, id: c.id || makeId() })),
  };
}
