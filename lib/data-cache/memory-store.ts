import type { DataStore, Stored } from "./store";

export type MemoryStoreOptions = {
  maxEntries: number;
  maxBytes: number;
  /** The seed's generation (generation.ts: the file the seed writes). */
  generation: () => Promise<string>;
  /** The clock, in ms since the epoch; a test hands in its own. */
  now?: () => number;
};

type Entry = Stored & { expiresAt: number; size: number };

/**
 * A least-recently-used map in the server's memory, bounded by entries and by bytes: the store
 * when REDIS_URL is unset, so that cached mode works with a plain `npm start`. A Map keeps its
 * keys in insertion order, so a hit is moved to the end and the first key is the one to drop.
 */
export function createMemoryStore({ maxEntries, maxBytes, generation, now = Date.now }: MemoryStoreOptions): DataStore & {
  readonly size: { entries: number; bytes: number };
} {
  const entries = new Map<string, Entry>();
  let bytes = 0;
  const drop = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.size;
  };
  return {
    kind: "memory",
    generation,
    get size() {
      return { entries: entries.size, bytes };
    },
    async get(key) {
      const entry = entries.get(key);
      if (!entry) return null;
      drop(key);
      if (entry.expiresAt <= now()) return null;
      entries.set(key, entry);
      bytes += entry.size;
      return { bytes: entry.bytes, storedAt: entry.storedAt };
    },
    async set(key, stored, ttlSeconds) {
      drop(key);
      // The key counts too: a flood of distinct keys must not outgrow the bound with tiny entries.
      const size = stored.bytes.length + key.length * 2;
      if (size > maxBytes) return;
      entries.set(key, { ...stored, size, expiresAt: now() + ttlSeconds * 1000 });
      bytes += size;
      for (const oldest of entries.keys()) {
        if (entries.size <= maxEntries && bytes <= maxBytes) break;
        drop(oldest);
      }
    },
  };
}
