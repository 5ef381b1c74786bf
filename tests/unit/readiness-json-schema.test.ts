import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_JSON_SCHEMA_FILE,
  backupJsonSchema,
  RECORD_JSON_SCHEMA_FILE,
  RECORD_JSON_SCHEMA_FILE_V2,
  recordJsonSchema,
  recordJsonSchemaV2,
} from '@/lib/assessment/json-schema';
import { JSON_SCHEMA_PATH, readinessJsonSchema } from '@/lib/readiness/json-schema';

const generated = `${JSON.stringify(readinessJsonSchema(), null, 2)}\n`;

// `npm run schema` regenerates the committed file.
const generatedRecord = `${JSON.stringify(recordJsonSchema(), null, 2)}\n`;
const generatedRecordV2 = `${JSON.stringify(recordJsonSchemaV2(), null, 2)}\n`;
const generatedBackup = `${JSON.stringify(backupJsonSchema(), null, 2)}\n`;
if (process.env.UPDATE_SCHEMA === '1') {
  writeFileSync(JSON_SCHEMA_PATH, generated);
  mkdirSync(dirname(RECORD_JSON_SCHEMA_FILE), { recursive: true });
  writeFileSync(RECORD_JSON_SCHEMA_FILE, generatedRecord);
  writeFileSync(RECORD_JSON_SCHEMA_FILE_V2, generatedRecordV2);
  writeFileSync(BACKUP_JSON_SCHEMA_FILE, generatedBackup);
}

describe('the committed JSON Schema', () => {
  it('matches the zod schema (run "npm run schema" after changing lib/readiness/schema.ts)', () => {
    expect(readFileSync(JSON_SCHEMA_PATH, 'utf8')).toBe(generated);
  });

  it('for the record file matches its zod schema, and names the fields the contract fixes', () => {
    expect(readFileSync(RECORD_JSON_SCHEMA_FILE, 'utf8')).toBe(generatedRecord);
    const schema = recordJsonSchema() as { required: string[] };
    expect(schema.required).toEqual(expect.arrayContaining(['kind', 'version', 'rubricVersion', 'associate', 'calls']));
  });

  it('for record file version 2 matches its zod schema, and adds what a merge needs', () => {
    expect(readFileSync(RECORD_JSON_SCHEMA_FILE_V2, 'utf8')).toBe(generatedRecordV2);
    const schema = recordJsonSchemaV2() as { required: string[]; properties: Record<string, unknown> };
    expect(schema.required).toEqual(expect.arrayContaining(['kind', 'version', 'rubricVersion', 'associate', 'calls']));
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['deletedCalls', 'fieldVersions', 'id']));
  });

  it('for the backup file matches its zod schema', () => {
    expect(readFileSync(BACKUP_JSON_SCHEMA_FILE, 'utf8')).toBe(generatedBackup);
    const schema = backupJsonSchema() as { required: string[] };
    expect(schema.required).toEqual(expect.arrayContaining(['kind', 'version', 'records']));
  });

  it('is the one the data file points its editor at', () => {
    const data = JSON.parse(readFileSync('content/data/readiness.json', 'utf8'));
    expect(data.$schema).toBe('./readiness.schema.json');
  });

  it('describes the fields an editor should check as one types', () => {
    const schema = readinessJsonSchema() as {
      required: string[];
      properties: Record<string, { exclusiveMinimum?: number; maximum?: number }>;
    };
    expect(schema.required).toEqual(expect.arrayContaining(['version', 'threshold', 'groups']));
    expect(schema.properties.threshold).toMatchObject({ exclusiveMinimum: 0, maximum: 1 });
  });
});
