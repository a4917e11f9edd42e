/**
 * Where cached mode keeps pages' data: Redis when REDIS_URL is set (redis-store.ts), shared by
 * every server that names it; else the server's own memory (memory-store.ts). Both hold the same
 * entries, bytes written by entry.ts, and both answer for the seed's generation (generation.ts),
 * which every key includes so that a blog seeded again never shows a page of the old one.
 */
export type StoreKind = "redis" | "memory";

/** An entry as the store holds it: the encoded data and when it was stored (ms since the epoch). */
export type Stored = { bytes: Buffer; storedAt: number };

export type DataStore = {
  readonly kind: StoreKind;
  /** The seed's generation as this store knows it; it changes whenever the blog is seeded again. */
  generation(): Promise<string>;
  /** The entry under `key`, or null when there is none or it has expired. */
  get(key: string): Promise<Stored | null>;
  /** Keeps `stored` under `key` for `ttlSeconds`. */
  set(key: string, stored: Stored, ttlSeconds: number): Promise<void>;
};

/** One lookup a page made, for its Server-Timing and debug panel: which store, what came of it, and the entry's age on a hit. */
export type DataCacheLookup = { store: StoreKind; outcome: "hit" | "miss" | "error"; ageMs: number };
