import type { KeyValueStore } from '@/lib/storage/envelope';

/** An in-memory Web Storage, whose writes can be made to fail like a full browser store. */
export class MemoryStore implements KeyValueStore {
  items = new Map<string, string>();
  failWrites = false;
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.failWrites) throw new DOMException('quota', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}
