// Walking the exported site, shared by the build steps that rewrite or compress what next build wrote.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every file under `dir`, as a path relative to it ('/'-separated).
 * @param {string} dir
 * @returns {Generator<string>}
 */
export function* siteFiles(dir, prefix = '') {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) yield* siteFiles(join(dir, entry.name), rel);
    else yield rel;
  }
}
