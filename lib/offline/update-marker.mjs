// How a page learns that a new service worker took over since the last visit. The worker that
// replaces an earlier one leaves a mark in a small cache of its own when it activates; the next page
// it serves finds the mark, says "The handbook was updated" once, and removes it.

/** The cache the marks live in (not a precache, so Workbox's cleanup leaves it alone). */
export const UPDATES_CACHE = 'sop-handbook-updates';
/** Set while a new worker installs beside an active one; it becomes UPDATED_KEY when the new one activates. */
export const REPLACING_KEY = '/__handbook/replacing';
/** Present once a new worker has taken over and no page has said so yet. */
export const UPDATED_KEY = '/__handbook/updated';

/**
 * Runs inside the service worker (the build writes it to out/sw-updates.js, which sw.js imports), so
 * it must not use anything from this module's scope. A flag in memory would not do: the browser may
 * stop a waiting worker and start it again to activate it, so the mark goes through the cache.
 * @param {{ cache: string, replacing: string, updated: string }} keys
 */
export function markUpdates(keys) {
  const sw = /** @type {any} */ (self);
  sw.addEventListener('install', (/** @type {any} */ event) => {
    // An active worker already here means this one is an update, not the first install.
    if (!sw.registration.active) return;
    event.waitUntil(caches.open(keys.cache).then((c) => c.put(keys.replacing, new Response('1'))));
  });
  sw.addEventListener('activate', (/** @type {any} */ event) => {
    event.waitUntil(
      caches.open(keys.cache).then(async (c) => {
        if (!(await c.match(keys.replacing))) return;
        await c.put(keys.updated, new Response(new Date().toISOString()));
        await c.delete(keys.replacing);
      }),
    );
  });
}

/** The script the build writes to out/sw-updates.js. */
export function updateMarkerScript() {
  const keys = { cache: UPDATES_CACHE, replacing: REPLACING_KEY, updated: UPDATED_KEY };
  return `(${markUpdates.toString()})(${JSON.stringify(keys)});\n`;
}
