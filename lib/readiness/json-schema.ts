import { z } from 'zod';
import { readinessSchema } from './schema';

/**
 * The JSON Schema an editor uses to validate content/data/readiness.json as one types.
 * Generated from the zod schema; the cross-field rules (unique ids, min <= max) cannot be
 * expressed in it, so the build and the tests still run the zod schema itself.
 */
export function readinessJsonSchema() {
  return z.toJSONSchema(readinessSchema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' });
}

export const JSON_SCHEMA_PATH = 'content/data/readiness.schema.json';
