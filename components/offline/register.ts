// The page's side of the offline copy. Both functions reach the browser as the text of an inline
// <script> (see service-worker-script.tsx), never as a bundled module, so they add nothing to any
// page's JavaScript files; that is why they use only their arguments and browser globals, and plain
// promises rather than syntax a compiler could rewrite with a helper from outside the function.

export interface RegisterOptions {
  /** The service worker's address, /sw.js. */
  url: string;
  /** Where the new worker leaves its mark (lib/offline/update-marker.mjs). */
  cache: string;
  updated: string;
  /** The notice's sentence and its button (lib/offline/messages.ts). */
  message: string;
  dismiss: string;
  /** How long after the load event the worker is registered (then when the browser is idle). */
  delayMs: number;
}

/**
 * After the load event, says once that the handbook was updated when a new worker took over since
 * the last visit; a little later, when the browser is idle, registers the service worker.
 */
export function registerServiceWorker(o: RegisterOptions): void {
  const sw = navigator.serviceWorker;
  if (!sw) return;
  const showNotice = () => {
    const box = document.createElement('div');
    box.className = 'sw-notice';
    box.setAttribute('data-sw-updated', '');
    const text = document.createElement('p');
    text.setAttribute('role', 'status');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = o.dismiss;
    button.addEventListener('click', () => box.remove());
    box.append(text, button);
    document.body.append(box);
    // Filled once the live region is in the page, so screen readers announce the sentence.
    setTimeout(() => {
      text.textContent = o.message;
    }, 50);
  };
  const register = () => {
    // Refused (a private window, storage blocked): the site works as it does without one.
    sw.register(o.url).catch(() => {});
  };
  const start = () => {
    // A first registration downloads the whole handbook (about 10 MB) for offline use. It waits until
    // the page has settled and the browser is idle, so it never slows a tool starting on a phone.
    setTimeout(() => {
      if (window.requestIdleCallback) window.requestIdleCallback(register, { timeout: 5000 });
      else register();
    }, o.delayMs);
    if (!sw.controller || typeof caches === 'undefined') return;
    // caches.match with a cacheName never creates the cache, unlike caches.open.
    caches
      .match(o.updated, { cacheName: o.cache })
      .then((mark) => {
        if (!mark) return;
        return caches
          .open(o.cache)
          .then((cache) => cache.delete(o.updated))
          .then(showNotice);
      })
      .catch(() => {});
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}

/**
 * In `next dev`: no service worker, and any left by `npm run preview` on the same address is removed,
 * so the development server's pages are never answered from a stale precache.
 */
export function unregisterServiceWorkers(): void {
  const sw = navigator.serviceWorker;
  if (!sw) return;
  sw.getRegistrations()
    .then((all) => Promise.all(all.map((r) => r.unregister())))
    .catch(() => {});
}
