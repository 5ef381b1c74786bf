import * as z from 'zod/mini';
import { formatPath } from '@/lib/readiness/schema-path';
import { type AssessmentRecord, LIMITS } from './record';
import { decodeRecordFile, parseRecord, recordFileObject, type Scale, scan } from './record-file';

/**
 * The backup file: every record of the tool in one file, its own `kind`, with a JSON Schema. Each
 * record in it is a version 2 record file's object. Restoring reads it whole or not at all: a file
 * with one bad record is refused with that record named, so nothing half-restores.
 */
export const BACKUP_KIND = 'readiness-assessment-backup';
export const BACKUP_VERSION = 1;
export const BACKUP_SCHEMA_PATH = '/schemas/readiness-assessment-backup-v1.json';

/** The store holds at most 2 million characters; pretty-printing can double that. */
export const MAX_BACKUP_BYTES = 4_000_000;

export { BACKUP_DUE_MS, backupDue } from './backup-due';

export const backupFileName = (date: string) => `readiness-assessments-backup-${date}.json`;

export const backupSchema = z.object({
  kind: z.literal(BACKUP_KIND),
  version: z.literal(BACKUP_VERSION),
  savedAt: z.string().check(z.maxLength(40)),
  records: z.array(z.unknown()),
});

export function exportBackup(records: readonly AssessmentRecord[], savedAt: string, schemaUrl?: string): string {
  const file = {
    ...(schemaUrl ? { $schema: schemaUrl } : {}),
    kind: BACKUP_KIND,
    version: BACKUP_VERSION,
    savedAt,
    records: records.map((r) => recordFileObject(r)),
  };
  return `${JSON.stringify(file, null, 1)}\n`;
}

export type ReadBackup = { ok: true; records: AssessmentRecord[]; savedAt: string } | { ok: false; message: string };

const fail = (message: string): ReadBackup => ({ ok: false, message });

/** Whether a decoded file says it is a backup (so Import can hand it to the backup reader). */
export const isBackup = (json: unknown) =>
  typeof json === 'object' && json !== null && (json as { kind?: unknown }).kind === BACKUP_KIND;

/** Reads a decoded backup. Never throws. */
export function parseBackup(json: unknown, rubric: Scale): ReadBackup {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return fail(`The file holds JSON, but not a backup: a backup is one object with "kind": "${BACKUP_KIND}".`);
  }
  const top = json as Record<string, unknown>;
  if (top.kind !== BACKUP_KIND) {
    return fail(
      `This is not a backup of assessment records: its "kind" is ${top.kind === undefined ? 'missing' : JSON.stringify(top.kind).slice(0, 60)}, not "${BACKUP_KIND}".`,
    );
  }
  if (top.version !== BACKUP_VERSION) {
    return fail(
      `This backup is format version ${JSON.stringify(top.version).slice(0, 20)}; this handbook reads version ${BACKUP_VERSION}. Save the backup again from an up-to-date handbook.`,
    );
  }
  if (Array.isArray(top.records) && top.records.length > LIMITS.records) {
    return fail(
      `The backup holds ${top.records.length.toLocaleString('en')} records; a backup holds at most ${LIMITS.records}.`,
    );
  }
  const unsafe = scan(json);
  if (unsafe) return fail(unsafe);
  const parsed = backupSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail(`The backup is not valid at ${formatPath(issue.path) || 'the top level'}: ${issue.message}.`);
  }
  const records: AssessmentRecord[] = [];
  const ids = new Map<string, number>();
  for (const [i, raw] of parsed.data.records.entries()) {
    const read = parseRecord(raw, rubric, ['records', i]);
    if (!read.ok) return fail(read.message.replace(/^The record is/, 'A record in the backup is'));
    const id = (raw as { id?: unknown }).id;
    if (typeof id === 'string') {
      const first = ids.get(id);
      if (first !== undefined) {
        return fail(
          `The backup holds two records with the id "${id.slice(0, 40)}" (records[${first}] and records[${i}]), so it cannot say which is which.`,
        );
      }
      ids.set(id, i);
    }
    records.push(read.record);
  }
  if (records.length === 0) return fail('The backup holds no records.');
  return { ok: true, records, savedAt: parsed.data.savedAt };
}

/** Reads a backup file's text. */
export function readBackupFile(text: string, rubric: Scale): ReadBackup {
  if (text.length > MAX_BACKUP_BYTES) {
    return fail(
      `The file is too large to be a backup (${Math.ceil(text.length / 1000).toLocaleString('en')} KB; a backup is at most ${MAX_BACKUP_BYTES / 1000} KB).`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail('The file is not JSON, so it cannot be a backup.');
  }
  return parseBackup(json, rubric);
}

export type ReadIncoming =
  | { ok: true; kind: 'record' | 'backup'; records: AssessmentRecord[] }
  | { ok: false; message: string };

type DecodedIncoming =
  | { ok: true; kind: 'backup'; json: unknown }
  | { ok: true; kind: 'record'; json: object }
  | { ok: false; message: string };

/** The first half of reading what Import is given: its JSON, and which of the two it is. */
function decodeIncoming(text: string): DecodedIncoming {
  if (text.length <= MAX_BACKUP_BYTES && text.includes(BACKUP_KIND)) {
    let json: unknown = null;
    try {
      json = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      // Not JSON: the record reader below says so, in its words.
    }
    if (isBackup(json)) return { ok: true, kind: 'backup', json };
  }
  const record = decodeRecordFile(text);
  return record.ok ? { ok: true, kind: 'record', json: record.json } : record;
}

/** The second half: the schema checks of the backup, or of the record. */
function checkIncoming(decoded: DecodedIncoming, rubric: Scale): ReadIncoming {
  if (!decoded.ok) return decoded;
  if (decoded.kind === 'backup') {
    const backup = parseBackup(decoded.json, rubric);
    return backup.ok ? { ok: true, kind: 'backup', records: backup.records } : backup;
  }
  const record = parseRecord(decoded.json, rubric);
  return record.ok ? { ok: true, kind: 'record', records: [record.record] } : record;
}

/** What Import reads: a record file (either version) or a backup, told apart by its `kind`. */
export function readIncomingFile(text: string, rubric: Scale): ReadIncoming {
  return checkIncoming(decodeIncoming(text), rubric);
}

/**
 * The same, in two steps with `pause` between them: on a large file each is a long task, and a page
 * passes a pause that lets the browser paint and take input in between (lib/next-task.ts).
 */
export async function readIncomingFileInSteps(
  text: string,
  rubric: Scale,
  pause: () => Promise<void>,
): Promise<ReadIncoming> {
  const decoded = decodeIncoming(text);
  if (!decoded.ok) return decoded;
  await pause();
  return checkIncoming(decoded, rubric);
}
