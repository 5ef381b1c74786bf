// Serves the exported site the way a static host does: clean URLs, Brotli (or gzip for clients
// without it), a real 404 page. No dependencies. Used by `npm run preview`, the browser tests and the bench.
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
};
const compressible = /^(text\/|application\/(json|xml)|image\/svg)/;

// Static hosts compress once at deploy time; this caches each file's compressed bytes the same way.
const compressed = new Map();
function compress(file, body, encoding) {
  const key = `${encoding}:${file}`;
  if (!compressed.has(key)) {
    compressed.set(
      key,
      encoding === 'br'
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        : gzipSync(body, { level: 9 }),
    );
  }
  return compressed.get(key);
}

function pickEncoding(header) {
  const accepted = String(header ?? '');
  if (/\bbr\b/.test(accepted)) return 'br';
  if (/\bgzip\b/.test(accepted)) return 'gzip';
  return null;
}

async function fileAt(path) {
  try {
    const s = await stat(path);
    return s.isFile() ? path : null;
  } catch {
    return null;
  }
}

/** Maps a URL path to a file in root, as a static host does; never leaves root. */
async function resolveFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const base = normalize(join(root, decoded));
  if (base !== root && !base.startsWith(root + sep)) return null;
  const trimmed = base.endsWith(sep) ? base.slice(0, -1) : base;
  return (
    (await fileAt(trimmed)) ?? (await fileAt(`${trimmed}.html`)) ?? (await fileAt(join(trimmed, 'index.html'))) ?? null
  );
}

export function startServer({ dir = 'out', port = 3000, host = '127.0.0.1' } = {}) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let file = await resolveFile(root, url.pathname);
    let status = 200;
    if (!file) {
      status = 404;
      file = await fileAt(join(root, '404.html'));
    }
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const ext = extname(file);
    const type = types[ext] ?? (url.pathname.startsWith('/api/') ? types['.json'] : 'application/octet-stream');
    const headers = {
      'content-type': type,
      'cache-control': url.pathname.startsWith('/_next/static/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
    };
    let body = await readFile(file);
    const encoding = compressible.test(type) ? pickEncoding(req.headers['accept-encoding']) : null;
    if (encoding) {
      body = compress(file, body, encoding);
      headers['content-encoding'] = encoding;
      headers.vary = 'accept-encoding';
    }
    headers['content-length'] = String(body.length);
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      done({ server, url: `http://${host}:${actual}`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}
