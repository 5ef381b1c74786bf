import { type AssessmentRecord, MAX_FILE_BYTES, newId, RECORD_KIND, RECORD_VERSION } from './record';

export { MAX_FILE_BYTES };

import { formatPath } from '@/lib/readiness/schema-path';
import { normaliseRecord, recordSchemaV1, recordSchemaV2 } from './record-schema';

/**
 * The record file: what Export writes (format version 2) and Import reads (version 2, or version 1
 * as the contract fixed it). Reading never throws: a file that is not a valid record gives one
 * message that names the problem and where in the file it is.
 */

/** Deeper than any record (about 5 levels); deeper nesting is refused before it is validated. */
const MAX_DEPTH = 20;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export const RECORD_SCHEMA_PATH_V1 = '/schemas/readiness-assessment-v1.json';
export const RECORD_SCHEMA_PATH = '/schemas/readiness-assessment-v2.json';

/** A file name from the Associate and the date: letters, digits and hyphens only. */
export function recordFileName(associate: string, date: string): string {
  const safe = associate
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `readiness-assessment-${safe || 'associate'}-${date}.json`;
}

/** The file's fields, in the contract's order, then what version 2 adds. */
export function recordFileObject(record: AssessmentRecord, schemaUrl?: string) {
  const { kind, rubricVersion, id, associate, calls, satisfaction, requestedOn, goLiveOn, safety, self } = record;
  return {
    ...(schemaUrl ? { $schema: schemaUrl } : {}),
    kind,
    version: RECORD_VERSION,
    rubricVersion,
    id,
    associate,
    calls,
    satisfaction,
    requestedOn,
    goLiveOn,
    safety,
    self,
    deletedCalls: record.deletedCalls,
    fieldVersions: record.fieldVersions,
  };
}

/** The file's text, with a `$schema` an editor can use. */
export function exportRecord(record: AssessmentRecord, schemaUrl?: string): string {
  return `${JSON.stringify(recordFileObject(record, schemaUrl), null, 2)}\n`;
}

export type ReadFile = { ok: true; record: AssessmentRecord } | { ok: false; message: string };

const fail = (message: string): { ok: false; message: string } => ({ ok: false, message });

/** Where the scan is: a parent link rather than a copied path, which cost a copy for every value. */
interface ScanNode {
  value: object;
  key: string | number;
  parent: ScanNode | null;
  depth: number;
}

function pathOf(node: ScanNode): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: ScanNode | null = node; at?.parent; at = at.parent) path.push(at.key);
  return path.reverse();
}

/** Finds a key that could reach a prototype, or nesting deeper than a record has, without recursion. */
export function scan(root: unknown): string | null {
  if (typeof root !== 'object' || root === null) return null;
  const stack: ScanNode[] = [{ value: root, key: '', parent: null, depth: 0 }];
  while (stack.length) {
    const node = stack.pop() as ScanNode;
    if (node.depth > MAX_DEPTH)
      return `The file is nested far deeper than a record is (at ${formatPath(pathOf(node).slice(0, 5))}…).`;
    const { value, depth } = node;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (typeof item === 'object' && item !== null)
          stack.push({ value: item, key: i, parent: node, depth: depth + 1 });
      }
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        const path = pathOf(node);
        return `The file has a field named "${key}"${path.length ? ` in ${formatPath(path)}` : ''}, which a record never has.`;
      }
      const item: unknown = (value as Record<string, unknown>)[key];
      if (typeof item === 'object' && item !== null) stack.push({ value: item, key, parent: node, depth: depth + 1 });
    }
  }
  return null;
}

export type Scale = { transition: { customerSatisfaction: { scale: number } } };

export type DecodedFile = { ok: true; json: object } | { ok: false; message: string };

/**
 * The first half of reading a record file: its size, its JSON and the scan. What it returns goes to
 * parseRecord; a page can let the browser paint between the two.
 */
export function decodeRecordFile(text: string): DecodedFile {
  if (text.length > MAX_FILE_BYTES) {
    return fail(
      `The file is too large to be a record (${Math.ceil(text.length / 1000).toLocaleString('en')} KB; a record is at most ${MAX_FILE_BYTES / 1000} KB).`,
    );
  }
  // Some editors start a UTF-8 file with a byte-order mark; it is not part of the JSON.
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return fail('The file is empty.');
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    const where =
      error instanceof SyntaxError ? error.message.replace(/^.*?(at position \d+|line \d+ column \d+).*$/s, '$1') : '';
    return fail(
      `The file is not JSON${where && where !== (error as Error).message ? ` (it breaks ${where})` : ''}, so it cannot be a record.`,
    );
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return fail('The file holds JSON, but not a record: a record is one object with "kind": "readiness-assessment".');
  }
  const unsafe = scan(json);
  if (unsafe) return fail(unsafe);
  return { ok: true, json };
}

/** Reads a record file's text. The rubric gives the satisfaction scale a score must be on. */
export function readRecordFile(text: string, rubric: Scale): ReadFile {
  const decoded = decodeRecordFile(text);
  return decoded.ok ? parseRecord(decoded.json, rubric) : decoded;
}

/**
 * Checks a decoded, scanned record (a file's, a device link's, or one inside a backup, whose place
 * `at` names). Version 1 and 2 are read; anything else says which version it is.
 */
export function parseRecord(json: unknown, rubric: Scale, at: (string | number)[] = []): ReadFile {
  const top = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  const where = at.length ? ` (${formatPath(at)})` : '';
  if (top.kind !== RECORD_KIND) {
    return fail(
      `This is not an assessment record${where}: its "kind" is ${top.kind === undefined ? 'missing' : JSON.stringify(top.kind).slice(0, 60)}, not "${RECORD_KIND}".`,
    );
  }
  if (top.version !== 1 && top.version !== RECORD_VERSION) {
    return fail(
      `This record${where} is format version ${JSON.stringify(top.version).slice(0, 20)}; this handbook reads versions 1 and ${RECORD_VERSION}. Export it again from an up-to-date handbook.`,
    );
  }
  const schema = top.version === 1 ? recordSchemaV1 : recordSchemaV2;
  const parsed = schema.safeParse(json, { reportInput: true });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail(
      `The record is not valid at ${formatPath([...at, ...issue.path]) || 'the top level'}: ${describe(issue)}.`,
    );
  }
  const scale = rubric.transition.customerSatisfaction.scale;
  const score = parsed.data.satisfaction?.score;
  if (score !== undefined && score > scale) {
    return fail(
      `The record is not valid at ${formatPath([...at, 'satisfaction', 'score'])}: ${score} is outside the 0-${scale} scale.`,
    );
  }
  return { ok: true, record: normaliseRecord(parsed.data, newId) };
}

/** zod's message, in the words the rest of the site uses. */
function describe(issue: { code: string; message: string; expected?: string; input?: unknown }): string {
  if (issue.code === 'invalid_type') {
    const got =
      issue.input === undefined
        ? 'missing'
        : Array.isArray(issue.input)
          ? 'a list'
          : typeof issue.input === 'string'
            ? 'text'
            : typeof issue.input;
    return issue.input === undefined ? 'a required field is missing' : `expected ${issue.expected}, found ${got}`;
  }
  const value = typeof issue.input === 'string' && issue.input.length <= 40 ? `"${issue.input}" ` : '';
  return `${value}${issue.message}`;
}
