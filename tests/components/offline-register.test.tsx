import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serviceWorkerScript } from '@/components/offline/service-worker-script';
import { updatedNotice } from '@/lib/offline/messages';
import { UPDATED_KEY, UPDATES_CACHE } from '@/lib/offline/update-marker.mjs';

// The inline script exactly as the layout writes it into every page, run in a page with a fake
// service worker container and CacheStorage.

const register = vi.fn(async (_url: string) => ({}));
const unregister = vi.fn(async () => true);
let store: Map<string, string>;
let controller: object | null;

beforeEach(() => {
  vi.useFakeTimers();
  register.mockClear();
  unregister.mockClear();
  store = new Map();
  controller = {};
  Object.defineProperty(navigator, 'serviceWorker', {
    configurable: true,
    value: {
      register,
      get controller() {
        return controller;
      },
      getRegistrations: async () => [{ unregister }, { unregister }],
    },
  });
  const cache = { delete: async (key: string) => store.delete(key) };
  Object.defineProperty(globalThis, 'caches', {
    configurable: true,
    value: {
      match: async (key: string, { cacheName }: { cacheName: string }) =>
        cacheName === UPDATES_CACHE && store.has(key) ? new Response(store.get(key)) : undefined,
      open: async (name: string) => (name === UPDATES_CACHE ? cache : null),
    },
  });
  Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'interactive' });
});
afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

/** Runs the page's script, then the load event, then lets its promises and timers finish. */
async function loadPage(production = true) {
  new Function(serviceWorkerScript(production))();
  await vi.runAllTimersAsync();
  const before = register.mock.calls.length;
  window.dispatchEvent(new Event('load'));
  await vi.runAllTimersAsync();
  return { registeredBeforeLoad: before > 0 };
}

const notice = () => document.querySelector('[data-sw-updated]');

describe('the service worker registration script', () => {
  it('registers /sw.js only after the load event', async () => {
    const { registeredBeforeLoad } = await loadPage();
    expect(registeredBeforeLoad).toBe(false);
    expect(register).toHaveBeenCalledWith('/sw.js');
    expect(notice()).toBeNull();
  });

  it('says once that the handbook was updated when a new worker took over, and the notice can be dismissed', async () => {
    store.set(UPDATED_KEY, '2026-12-01T10:00:00.000Z');
    await loadPage();
    const status = notice()?.querySelector('[role="status"]');
    expect(status?.textContent).toBe(updatedNotice);
    expect(store.has(UPDATED_KEY)).toBe(false);
    const button = notice()?.querySelector('button');
    expect(button?.type).toBe('button');
    expect(button?.textContent).toBe('Dismiss');
    button?.click();
    expect(notice()).toBeNull();
  });

  it('fills the live region after it is in the page, so a screen reader announces it', async () => {
    store.set(UPDATED_KEY, 'x');
    new Function(serviceWorkerScript(true))();
    window.dispatchEvent(new Event('load'));
    // Let the cache lookups settle, but not the short timer that fills the region.
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(notice()?.querySelector('[role="status"]')?.textContent).toBe('');
    await vi.runAllTimersAsync();
    expect(notice()?.querySelector('[role="status"]')?.textContent).toBe(updatedNotice);
  });

  it('says nothing on a page no worker controls yet (the first visit)', async () => {
    store.set(UPDATED_KEY, 'x');
    controller = null;
    await loadPage();
    expect(register).toHaveBeenCalled();
    expect(notice()).toBeNull();
  });

  it('leaves the page as it is when registration is refused', async () => {
    register.mockRejectedValueOnce(new Error('SecurityError'));
    await loadPage();
    expect(notice()).toBeNull();
  });

  it('in next dev, registers nothing and removes any worker a preview left on the same address', async () => {
    await loadPage(false);
    expect(register).not.toHaveBeenCalled();
    expect(unregister).toHaveBeenCalledTimes(2);
  });
});
