// Compresses the exported site once, after the build, as a static host's deploy step does: a Brotli
// (.br) and a gzip (.gz) file beside each text asset. The server then sends those bytes as they are.
import { readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const br = promisify(brotliCompress);
const gz = promisify(gzip);

const compressible = /\.(html|js|css|json|txt|xml|svg|rsc|webmanifest)$/;
// Extensionless files a static export writes: the search index is JSON at /api/search.
const extensionless = new Set(['api/search']);

function* files(dir, prefix = '') {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) yield* files(join(dir, entry.name), rel);
    else yield rel;
  }
}

/**
 * Writes name.br and name.gz beside every compressible file in dir; returns how many files it did.
 * zlib's async calls run on libuv's thread pool, so the files are compressed on every core.
 */
export async function compressDir(dir = 'out') {
  const todo = [...files(dir)].filter((rel) => compressible.test(rel) || extensionless.has(rel));
  const one = async (rel) => {
    const path = join(dir, rel);
    const body = await readFile(path);
    const params = { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length };
    await Promise.all([
      br(body, { params }).then((out) => writeFile(`${path}.br`, out)),
      gz(body, { level: 9 }).then((out) => writeFile(`${path}.gz`, out)),
    ]);
  };
  const queue = [...todo];
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let rel = queue.shift(); rel; rel = queue.shift()) await one(rel);
    }),
  );
  return { count: todo.length };
}
