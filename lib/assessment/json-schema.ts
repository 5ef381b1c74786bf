import { z } from 'zod';
import { BACKUP_KIND, BACKUP_SCHEMA_PATH, BACKUP_VERSION } from './backup';
import { RECORD_SCHEMA_PATH, RECORD_SCHEMA_PATH_V1 } from './record-file';
import { recordSchemaV1, recordSchemaV2 } from './record-schema';

/**
 * The JSON Schemas of the assessment's files, served under /schemas/ and named in every exported
 * file's `$schema`, so an editor checks a record or a backup as one edits it.
 */
const options = { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' } as const;

export function recordJsonSchema() {
  return {
    ...z.toJSONSchema(recordSchemaV1, options),
    title: 'Readiness assessment record (format version 1)',
  };
}

export function recordJsonSchemaV2() {
  return {
    ...z.toJSONSchema(recordSchemaV2, options),
    title: 'Readiness assessment record (format version 2)',
  };
}

export function backupJsonSchema() {
  const backup = z.object({
    kind: z.literal(BACKUP_KIND),
    version: z.literal(BACKUP_VERSION),
    savedAt: z.string().max(40),
    records: z.array(recordSchemaV2 as unknown as z.ZodType).max(100),
  });
  return {
    ...z.toJSONSchema(backup, options),
    title: 'Readiness assessment backup (format version 1): every record, each a record file of version 2',
  };
}

export const RECORD_JSON_SCHEMA_FILE = `public${RECORD_SCHEMA_PATH_V1}`;
export const RECORD_JSON_SCHEMA_FILE_V2 = `public${RECORD_SCHEMA_PATH}`;
export const BACKUP_JSON_SCHEMA_FILE = `public${BACKUP_SCHEMA_PATH}`;
