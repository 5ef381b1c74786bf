import raw from '@/content/data/readiness.json';
import { parseReadiness } from './schema';

/**
 * The validated readiness data. Validation runs when this module loads, so a page that imports it
 * fails the build on an invalid file, and nothing invalid reaches a page.
 */
export const readiness = parseReadiness(raw);
