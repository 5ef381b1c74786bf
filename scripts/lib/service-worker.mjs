// The service worker that lets the handbook work offline after one visit, written over out/ after
// `next build` and before compression (so sw.js gets its .br and .gz files, and the precache lists
// only the files themselves, never their compressed copies).
//
// lib/offline/sw-source.js is the worker; workbox-build's injectManifest puts the precache list in it.
// Workbox's runtime is copied from node_modules as the prebuilt files it publishes, rather than
// bundled by generateSW: bundling (rollup, Babel, Terser) cost about 4 s of CPU a build, this costs
// well under one.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
// The one entry point, not the package's index, which loads the bundler's dependencies too.
import injectManifestModule from 'workbox-build/build/inject-manifest.js';
import { updateMarkerScript } from '../../lib/offline/update-marker.mjs';

const { injectManifest } = injectManifestModule;
// Workbox's runtime as workbox-build itself depends on it, so the two are always the same release.
const fromWorkboxBuild = createRequire(createRequire(import.meta.url).resolve('workbox-build/package.json'));

/** What the precache takes from out/: every page, the scripts (the tools' own bundles among them),
 * styles, icons, the manifest, robots.txt, the JSON Schemas, and the search index (a file without an
 * extension). */
export const precacheGlobs = [
  '**/*.{html,js,css,json,svg,png,ico,webmanifest,woff,woff2,xml}',
  'robots.txt',
  'api/search',
];
/** The compressed copies are the server's business; the worker and the scripts it imports are kept
 * by the browser with the registration. No link is followed by Next's router (search opens a result
 * as a whole page too), so the RSC payloads next build writes beside each page (.txt, half the
 * download) are never asked for. */
export const precacheIgnores = ['**/*.br', '**/*.gz', 'sw.js', 'sw-updates.js', 'workbox/**'];
/** The Workbox modules the worker uses, as workbox-sw loads them from /workbox/. */
const workboxFiles = [
  'workbox-sw/build/workbox-sw.js',
  'workbox-core/build/workbox-core.prod.js',
  'workbox-routing/build/workbox-routing.prod.js',
  'workbox-strategies/build/workbox-strategies.prod.js',
  'workbox-precaching/build/workbox-precaching.prod.js',
];

/** Drops the trailing source-map comment: the maps are not shipped. */
const withoutSourceMap = (text) => text.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');

/**
 * Writes out/sw.js, out/sw-updates.js and out/workbox/. Throws on any Workbox warning, such as a file
 * too large to precache, so an incomplete offline copy never ships silently.
 */
export async function writeServiceWorker(dir = 'out') {
  mkdirSync(join(dir, 'workbox'), { recursive: true });
  for (const file of workboxFiles) {
    const path = fromWorkboxBuild.resolve(file);
    writeFileSync(join(dir, 'workbox', file.split('/').pop()), withoutSourceMap(readFileSync(path, 'utf8')));
  }
  writeFileSync(join(dir, 'sw-updates.js'), updateMarkerScript());
  const source = new URL('../../lib/offline/sw-source.js', import.meta.url);
  copyFileSync(source, join(dir, 'sw.js'));
  const { count, size, warnings } = await injectManifest({
    swSrc: join(dir, 'sw.js'),
    swDest: join(dir, 'sw.js'),
    globDirectory: dir,
    globPatterns: precacheGlobs,
    globIgnores: precacheIgnores,
    // Next's hashed assets change name when they change; no cache-busting query needed.
    dontCacheBustURLsMatching: /^_next\/static\//,
    // The search index is the largest file (about 1.5 MB); leave headroom, and fail above it (warnings).
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  });
  if (warnings.length) throw new Error(`Service worker: ${warnings.join('\n')}`);
  return { count, size };
}
