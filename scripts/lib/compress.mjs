// Compresses the exported site once, after the build, as a static host's deploy step does: a Brotli
// (.br) and a gzip (.gz) file beside each text asset. The server then sends those bytes as they are.
import { statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { siteFiles } from './site-files.mjs';

const br = promisify(brotliCompress);
const gz = promisify(gzip);

// Not the RSC payloads (.txt) next build writes beside each page: only Next's client router asks for
// them, and no link on the site goes through it (service-worker.mjs leaves them out of the offline
// copy for the same reason). They are 60% of out/'s text, and Brotli on them was half this step.
const compressible = /\.(html|js|css|json|xml|svg|webmanifest)$/;
// robots.txt, and the files without an extension: the search index is JSON at /api/search.
const named = new Set(['robots.txt', 'api/search']);

/**
 * Writes name.br and name.gz beside every compressible file in dir; returns how many files it did.
 * zlib's async calls run on libuv's thread pool, so the files are compressed on every core.
 */
export async function compressDir(dir = 'out') {
  const todo = [...siteFiles(dir)].filter((rel) => compressible.test(rel) || named.has(rel));
  const one = async (rel) => {
    const path = join(dir, rel);
    const body = await readFile(path);
    // Quality 10, not Brotli's best (11): measured over out/, 11 took twice the CPU (9.8 s against
    // 4.8 s on 2 cores, most of the build's last step) for 2% fewer bytes, about 300 bytes a page.
    const params = { [constants.BROTLI_PARAM_QUALITY]: 10, [constants.BROTLI_PARAM_SIZE_HINT]: body.length };
    await Promise.all([
      br(body, { params }).then((out) => writeFile(`${path}.br`, out)),
      gz(body, { level: 9 }).then((out) => writeFile(`${path}.gz`, out)),
    ]);
  };
  // Largest first, so the longest file does not start last and leave a core idle at the end.
  const size = new Map(todo.map((rel) => [rel, statSync(join(dir, rel)).size]));
  const queue = [...todo].sort((a, b) => size.get(b) - size.get(a));
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let rel = queue.shift(); rel; rel = queue.shift()) await one(rel);
    }),
  );
  return { count: todo.length };
}
