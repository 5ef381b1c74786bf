// Serves the exported site as a static host does, with sirv: clean URLs, the Brotli or gzip files the
// build wrote beside each asset (scripts/lib/compress.mjs), long caching for hashed assets, and the
// 404 page. Used by `npm run preview`, the browser tests and the bench.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import sirv from 'sirv';

export function startServer({ dir = 'out', port = 3000, host = '127.0.0.1' } = {}) {
  const root = resolve(dir);
  const notFound = join(root, '404.html');
  const files = sirv(root, {
    brotli: true,
    gzip: true,
    etag: true,
    extensions: ['html'],
    setHeaders(res, pathname) {
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader(
        'Cache-Control',
        pathname.startsWith('/_next/static/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
      // The search index is a file without an extension; say what it holds.
      if (pathname.startsWith('/api/')) res.setHeader('Content-Type', 'application/json; charset=utf-8');
    },
    onNoMatch(_req, res) {
      res.statusCode = 404;
      if (!existsSync(notFound)) return res.end('Not found');
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(readFileSync(notFound));
    },
  });
  const server = createServer((req, res) => files(req, res));
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      done({ server, url: `http://${host}:${actual}`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}
