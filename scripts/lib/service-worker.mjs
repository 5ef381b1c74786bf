// The service worker that lets the handbook work offline after one visit, generated over out/ by
// workbox-build after `next build` and before compression (so sw.js gets its .br and .gz files, and
// the precache lists only the files themselves, never their compressed copies).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSW } from 'workbox-build';
import { updateMarkerScript } from '../../lib/offline/update-marker.mjs';

/** What the precache takes from out/: every page (HTML and the RSC payloads a link fetches), the
 * scripts, styles, icons, the manifest, the JSON Schemas, and the search index (a file without an extension). */
export const precacheGlobs = ['**/*.{html,txt,js,css,json,svg,png,ico,webmanifest,woff,woff2,xml}', 'api/search'];
/** The compressed copies are the server's business; the service worker itself and its helper are
 * kept by the browser with the registration. */
export const precacheIgnores = ['**/*.br', '**/*.gz', 'sw.js', 'sw-updates.js'];

/**
 * Writes out/sw.js (one file, the Workbox runtime inlined: no request to any other origin) and
 * out/sw-updates.js. Throws on any Workbox warning, such as a file too large to precache, so an
 * incomplete offline copy never ships silently.
 */
export async function writeServiceWorker(dir = 'out') {
  writeFileSync(join(dir, 'sw-updates.js'), updateMarkerScript());
  const { count, size, warnings } = await generateSW({
    globDirectory: dir,
    globPatterns: precacheGlobs,
    globIgnores: precacheIgnores,
    swDest: join(dir, 'sw.js'),
    mode: 'production',
    inlineWorkboxRuntime: true,
    sourcemap: false,
    importScripts: ['sw-updates.js'],
    // A new version installs in the background and takes over on the next visit, once no tab of the
    // old one is open: a page never changes under the reader, and the code a page loads later on
    // demand is always the build it came from. clientsClaim only matters on the very first visit,
    // where it lets that visit's page be served offline without a reload.
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // Clean URLs, as the static host serves them: /docs/x is docs/x.html (Workbox tries the .html on
    // a miss), / is index.html. A query never selects a different file on a static host (Next adds
    // ?_rsc=… to its payload requests and ?<hash> to the icon), so every parameter is ignored.
    directoryIndex: 'index.html',
    ignoreURLParametersMatching: [/./],
    // Next's hashed assets change name when they change; no cache-busting query needed.
    dontCacheBustURLsMatching: /^_next\/static\//,
    // The search index is the largest file (about 1.5 MB); leave headroom, and fail above it (warnings).
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    // An address that is not a page: the network's 404 when online, the precached 404 page offline.
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: '/404.html' } },
      },
      // Next's router asks HEAD /docs/x before it prefetches a link (static export), and HEAD of the
      // current page to tell whether it is back online. Answered from the precache, a link to any
      // page works offline as a client-side navigation; anything else goes to the network.
      {
        urlPattern: ({ sameOrigin }) => sameOrigin,
        method: 'HEAD',
        handler: async ({ request, url }) => {
          const path = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
          for (const candidate of [path, `${path}.html`]) {
            // Precache keys carry ?__WB_REVISION__=…; the address without it is the same file.
            const hit = await caches.match(candidate, { ignoreSearch: true });
            if (hit) return new Response(null, { status: hit.status, headers: hit.headers });
          }
          return fetch(request);
        },
      },
    ],
  });
  if (warnings.length) throw new Error(`Service worker: ${warnings.join('\n')}`);
  return { count, size };
}
