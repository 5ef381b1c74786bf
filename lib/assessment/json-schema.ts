import { z } from 'zod';
import { RECORD_SCHEMA_PATH } from './record-file';
import { recordSchema } from './record-schema';

/**
 * The JSON Schema of the assessment record file (format version 1), served at RECORD_SCHEMA_PATH
 * and named in every exported file's `$schema`, so an editor checks a record as one edits it.
 */
export function recordJsonSchema() {
  return {
    ...z.toJSONSchema(recordSchema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }),
    title: 'Readiness assessment record (format version 1)',
  };
}

export const RECORD_JSON_SCHEMA_FILE = `public${RECORD_SCHEMA_PATH}`;
