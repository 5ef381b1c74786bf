// The handbook's service worker. `npm run build` copies it to out/sw.js with the precache list in
// place of the manifest placeholder below (workbox-build's injectManifest; scripts/lib/service-worker.mjs).
// Workbox itself is read from this site (out/workbox/, copied from node_modules at build time), never
// from its CDN: no request leaves the origin.

importScripts('/workbox/workbox-sw.js', '/sw-updates.js');

// debug: false, or Workbox would look for its development builds whenever the host is "localhost".
workbox.setConfig({ modulePathPrefix: '/workbox/', debug: false });
const { core, precaching, routing, strategies } = workbox;

// A new version installs in the background and takes over on the next visit, once no tab of the old
// one is open (no skipWaiting): a page never changes under the reader, and the code a page loads
// later on demand is always from the build it came from. clientsClaim only matters on the very first
// visit, where it lets that visit's own page be served offline without a reload.
core.clientsClaim();

// Every page, script, style, icon and the search index, from the cache first. Clean URLs, as the
// static host serves them: /docs/x is docs/x.html (cleanURLs), / is index.html. A query never selects
// another file on a static host (Next adds ?_rsc=… to its payload requests, ?<hash> to the icons), so
// every parameter is ignored.
precaching.precacheAndRoute(self.__WB_MANIFEST, {
  directoryIndex: 'index.html',
  cleanURLs: true,
  ignoreURLParametersMatching: [/./],
});
precaching.cleanupOutdatedCaches();

// An address that is not a page: the network's 404 while online, the precached 404 page offline.
routing.registerRoute(
  ({ request }) => request.mode === 'navigate',
  new strategies.NetworkOnly({ plugins: [new precaching.PrecacheFallbackPlugin({ fallbackURL: '/404.html' })] }),
);

// Next's router sends HEAD /docs/x before it prefetches a link (static export), and HEAD of the
// current page to learn whether it is back online. Answered from the precache, a link to any page
// works offline as a client-side navigation; anything else goes to the network.
routing.registerRoute(
  ({ sameOrigin }) => sameOrigin,
  async ({ request, url }) => {
    const path = url.pathname;
    for (const candidate of [path, `${path}.html`, `${path.replace(/\/$/, '')}/index.html`]) {
      const hit = await precaching.matchPrecache(candidate);
      if (hit) return new Response(null, { status: hit.status, headers: hit.headers });
    }
    return fetch(request);
  },
  'HEAD',
);
