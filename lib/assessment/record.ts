/**
 * The Lead's assessment of one Associate: the record the assessment page keeps, and the file format
 * Export writes (format version 2; version 1, fixed in the contract, still imports). Types and small
 * pure helpers only.
 */
export const RECORD_KIND = 'readiness-assessment';
export const RECORD_VERSION = 2;

/** Far above a real record (a 6-call record is about 5 KB); a larger file is refused unread. */
export const MAX_FILE_BYTES = 1_000_000;

export type Mark = 'met' | 'not-met' | 'not-observed';
export const MARKS: readonly Mark[] = ['met', 'not-met', 'not-observed'];
export type LeadPresence = 'attended' | 'absent';
export type Observation = 'live' | 'recording' | 'no';

/**
 * A version vector: per device (a short random id kept in each browser), how many changes that
 * device has made to this call or field. One version descends from another when every count is at
 * least as high; when neither descends from the other, both sides changed it since they parted.
 * See lib/assessment/versions.ts.
 */
export type Rev = Record<string, number>;

export interface Call {
  /** Stable across edits and devices: how a merge knows two copies of a call are the same call. */
  id: string;
  /** When the call was last changed (ISO time); shown to the Lead in a conflict. */
  updatedAt?: string;
  /** The call's version vector; empty for a call from a version 1 file (its history is unknown). */
  rev?: Rev;
  date: string;
  lead: LeadPresence;
  /** How the Lead observed a call they were absent from. */
  observed?: Observation;
  /** Whether the Lead judged an absent call a strong performance. */
  strong?: boolean;
  label?: string;
  /** An indicator missing here is not observed. */
  marks: Record<string, Mark>;
  notes: Record<string, string>;
  /** An evidence note about the call as a whole. */
  note?: string;
}

export interface LogEntry {
  date: string;
  note: string;
}

/** What a deleted call leaves behind, so a merge does not bring it back from an older copy. */
export interface DeletedCall {
  id: string;
  deletedAt: string;
  rev: Rev;
}

/** The record's own fields, each merged as a whole, like a call. */
export const RECORD_FIELDS = [
  'associate',
  'satisfaction',
  'requestedOn',
  'goLiveOn',
  'reviews',
  'checkIns',
  'escalations',
  'self',
] as const;
export type RecordField = (typeof RECORD_FIELDS)[number];

export interface FieldVersion {
  updatedAt: string;
  rev: Rev;
}

export interface AssessmentRecord {
  kind: typeof RECORD_KIND;
  version: typeof RECORD_VERSION;
  /** The version of the indicator list (readiness.json `version`) the record was made under. */
  rubricVersion: number;
  id: string;
  associate: string;
  calls: Call[];
  satisfaction?: { score: number; date: string; confirmedBy?: string };
  requestedOn?: string;
  goLiveOn?: string;
  safety: { reviews: LogEntry[]; checkIns: LogEntry[]; escalations: LogEntry[] };
  self?: { date: string; met: string[] };
  /** Markers of deleted calls (format version 2). */
  deletedCalls: DeletedCall[];
  /** When each of the record's own fields last changed, and its version vector (format version 2). */
  fieldVersions: Partial<Record<RecordField, FieldVersion>>;
}

/** Limits that keep a record a record: far above real use, far below what would stall a page. */
export const LIMITS = {
  name: 120,
  label: 120,
  note: 4000,
  calls: 200,
  logEntries: 200,
  ids: 200,
  records: 100,
  /** Deletion markers kept per record; the oldest go first beyond this. */
  deletedCalls: 1000,
  /** Devices a version vector may name: a Lead has a few; a file naming more is not a real record. */
  devices: 50,
} as const;

/** A short random id; the records never leave the browser, so it need only be unique here. */
export function newId(): string {
  return Math.random().toString(36).slice(2, 10) + Date.now().toString(36).slice(-4);
}

/** Today in the browser's own time zone, as YYYY-MM-DD. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function newRecord(associate: string, rubricVersion: number): AssessmentRecord {
  return {
    kind: RECORD_KIND,
    version: RECORD_VERSION,
    rubricVersion,
    id: newId(),
    associate,
    calls: [],
    safety: { reviews: [], checkIns: [], escalations: [] },
    deletedCalls: [],
    fieldVersions: {},
  };
}

export function newCall(date = today()): Call {
  return { id: newId(), date, lead: 'attended', marks: {}, notes: {} };
}

/** The mark a call gives an indicator; own keys only, so "constructor" is never read off the prototype. */
export function markOf(call: Pick<Call, 'marks'>, id: string): Mark {
  return Object.hasOwn(call.marks, id) ? call.marks[id] : 'not-observed';
}

export function noteOf(call: Pick<Call, 'notes'>, id: string): string {
  return Object.hasOwn(call.notes, id) ? call.notes[id] : '';
}

/** Calls oldest first, by date; calls on the same day keep the order they were added in. */
export function callsByDate(calls: readonly Call[]): Call[] {
  return calls
    .map((call, index) => ({ call, index }))
    .sort((a, b) => (a.call.date < b.call.date ? -1 : a.call.date > b.call.date ? 1 : a.index - b.index))
    .map((x) => x.call);
}

/** Ids a record mentions that the current indicator list does not have (an older rubric). */
export function unknownIds(record: AssessmentRecord, known: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  for (const call of record.calls) {
    for (const id of Object.keys(call.marks)) if (!known.has(id)) found.add(id);
    for (const id of Object.keys(call.notes)) if (!known.has(id)) found.add(id);
  }
  for (const id of record.self?.met ?? []) if (!known.has(id)) found.add(id);
  return [...found].sort();
}
