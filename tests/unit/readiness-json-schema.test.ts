import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RECORD_JSON_SCHEMA_FILE, recordJsonSchema } from '@/lib/assessment/json-schema';
import { JSON_SCHEMA_PATH, readinessJsonSchema } from '@/lib/readiness/json-schema';

const generated = `${JSON.stringify(readinessJsonSchema(), null, 2)}\n`;

// `npm run schema` regenerates the committed file.
const generatedRecord = `${JSON.stringify(recordJsonSchema(), null, 2)}\n`;
if (process.env.UPDATE_SCHEMA === '1') {
  writeFileSync(JSON_SCHEMA_PATH, generated);
  mkdirSync(dirname(RECORD_JSON_SCHEMA_FILE), { recursive: true });
  writeFileSync(RECORD_JSON_SCHEMA_FILE, generatedRecord);
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
