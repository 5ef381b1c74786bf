import { describe, expect, it } from 'vitest';
import {
  markUpdates,
  REPLACING_KEY,
  UPDATED_KEY,
  UPDATES_CACHE,
  updateMarkerScript,
} from '@/lib/offline/update-marker.mjs';

interface FakeCaches {
  stores: Map<string, Map<string, string>>;
  open: (name: string) => Promise<unknown>;
}

/** A service worker's global scope, enough for the marker: its events, its registration, CacheStorage. */
function workerScope({ activeBefore, caches: shared }: { activeBefore: boolean; caches?: FakeCaches }) {
  const stores = new Map<string, Map<string, string>>();
  const listeners = new Map<string, (event: { waitUntil: (p: Promise<unknown>) => void }) => void>();
  const caches: FakeCaches = shared ?? {
    stores,
    open: async (name: string) => {
      if (!stores.has(name)) stores.set(name, new Map());
      const store = stores.get(name) as Map<string, string>;
      return {
        put: async (key: string, response: Response) => void store.set(key, await response.text()),
        match: async (key: string) => (store.has(key) ? new Response(store.get(key)) : undefined),
        delete: async (key: string) => store.delete(key),
      };
    },
  };
  const scope = {
    registration: { active: activeBefore ? {} : null },
    addEventListener: (type: string, fn: (event: { waitUntil: (p: Promise<unknown>) => void }) => void) =>
      listeners.set(type, fn),
  };
  /** Fires an event and waits for what it asked to wait for, with this scope's CacheStorage as `caches`. */
  const fire = async (type: string) => {
    const g = globalThis as unknown as Record<string, unknown>;
    const saved = g.caches;
    g.caches = caches;
    try {
      const pending: Promise<unknown>[] = [];
      listeners.get(type)?.({ waitUntil: (p) => pending.push(p) });
      await Promise.all(pending);
    } finally {
      g.caches = saved;
    }
  };
  const keys = () => [...(caches.stores.get(UPDATES_CACHE)?.keys() ?? [])];
  return { scope, caches, fire, keys };
}

/** Runs the marker as the worker would, with `self` and `caches` as this scope's. */
function run(w: ReturnType<typeof workerScope>, code?: string) {
  const g = globalThis as unknown as Record<string, unknown>;
  const saved = { self: g.self, caches: g.caches };
  g.self = w.scope;
  g.caches = w.caches;
  try {
    if (code) new Function(code)();
    else markUpdates({ cache: UPDATES_CACHE, replacing: REPLACING_KEY, updated: UPDATED_KEY });
  } finally {
    g.self = saved.self;
    g.caches = saved.caches;
  }
  return w;
}

describe('the mark a new service worker leaves', () => {
  it('leaves none on the first install: there was no earlier version to replace', async () => {
    const w = run(workerScope({ activeBefore: false }));
    await w.fire('install');
    await w.fire('activate');
    expect(w.keys()).toEqual([]);
  });

  it('says "updated" only once the replacing worker activates, not while it waits', async () => {
    const w = run(workerScope({ activeBefore: true }));
    await w.fire('install');
    // Waiting: pages are still the old version's, so nothing may say "updated" yet.
    expect(w.keys()).toEqual([REPLACING_KEY]);
    await w.fire('activate');
    expect(w.keys()).toEqual([UPDATED_KEY]);
  });

  it('survives the browser stopping the waiting worker: the new process activates with no memory of the install', async () => {
    const installed = run(workerScope({ activeBefore: true }));
    await installed.fire('install');
    // A fresh run of the script shares only CacheStorage with the first.
    const restarted = workerScope({ activeBefore: false, caches: installed.caches });
    run(restarted);
    await restarted.fire('activate');
    expect(installed.keys()).toEqual([UPDATED_KEY]);
  });

  it('is written to out/sw-updates.js as a script that runs on its own', async () => {
    const w = run(workerScope({ activeBefore: true }), updateMarkerScript());
    await w.fire('install');
    await w.fire('activate');
    expect(w.keys()).toEqual([UPDATED_KEY]);
  });
});
