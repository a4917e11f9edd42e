import { TECHNIQUES } from "../contract/mode";
import type { Plan, Variants } from "../model/plan";
import { currentDataStore, noteStoreHealth } from "../data-cache/current";
import { decodeData, encodeData } from "../data-cache/entry";
import type { DataCacheLookup, DataStore } from "../data-cache/store";
import { dataCacheSettings } from "../settings";

/**
 * data-cache: keep what a page's data functions answered, and answer it again for the same
 * arguments, for DATA_CACHE_TTL_SECONDS or until the blog is seeded again. The tenth technique,
 * and the one that makes `cached` of `optimized`: Django's low-level cache (`cache.get_or_set`)
 * in front of the queries that the other nine made few.
 * Acts on every data function the pages call (lib/data/blog.ts), in Redis with REDIS_URL and
 * in the server's memory without (lib/data-cache/), and says what it did in Server-Timing and
 * the debug panel (`cache`).
 *
 * Why not Next.js's own `'use cache'` with cacheLife, cacheTag and a Redis `cacheHandlers`
 * entry: it needs `cacheComponents`, which forbids the `dynamic = "force-dynamic"` every page
 * has and changes how naive and optimized pages render, when they must stay byte for byte as
 * they are; a cached function runs apart from the request, where our queries are recorded
 * (lib/request/context.ts), so a hit and a miss could not be told apart or timed; its entries
 * cannot tell the debug panel their age; and the seed runs in a process of its own, outside the
 * Next.js server where `revalidateTag` works. A plain client (node-redis) behind one function
 * keeps all of that in our hands.
 */
export type DataCache = {
  /** What `load` answers for `call`: from the store when it holds it, else loaded and stored. */
  through<T>(call: DataCall, load: () => Promise<T>): Promise<T>;
};

/** A data function's name and its arguments, which with the plan and the seed's generation make the key. */
export type DataCall = readonly [name: string, ...args: unknown[]];

/**
 * The key of one call's data: the seed's generation, the variant of every other technique (50
 * articles a page naive, 10 optimized; authors loaded or not…) and the call with its arguments
 * (slug, page number, cursor), which is everything that changes what the function answers.
 */
export function dataKey(generation: string, plan: Plan, call: DataCall): string {
  const variants = TECHNIQUES.filter((t) => t !== "data-cache")
    .map((t) => (plan[t] === "optimized" ? "1" : "0"))
    .join("");
  return `fastblog:data:${generation}:${variants}:${JSON.stringify(call)}`;
}

export type CacheOptions = {
  ttlSeconds: number;
  now?: () => number;
  /** Told of each store error (and of each success after one), to log it once. */
  onHealth?: (error: unknown) => void;
  /** Told of each lookup, for the page's Server-Timing and debug panel (lib/request/context.ts). */
  record?: (lookup: DataCacheLookup) => void;
};

/** Read-through over `store`. A store error never fails a page: the page reads the database instead. */
export function readThrough(store: DataStore, { ttlSeconds, now = Date.now, onHealth = () => {}, record = () => {} }: CacheOptions) {
  return (plan: Plan): DataCache => ({
    async through<T>(call: DataCall, load: () => Promise<T>): Promise<T> {
      let key: string;
      try {
        key = dataKey(await store.generation(), plan, call);
        const hit = await store.get(key);
        if (hit) {
          const value = decodeData<T>(hit.bytes);
          record({ store: store.kind, outcome: "hit", ageMs: Math.max(0, now() - hit.storedAt) });
          onHealth(null);
          return value;
        }
      } catch (error) {
        onHealth(error);
        record({ store: store.kind, outcome: "error", ageMs: 0 });
        return load();
      }
      const value = await load();
      try {
        await store.set(key, { bytes: encodeData(value), storedAt: now() }, ttlSeconds);
        record({ store: store.kind, outcome: "miss", ageMs: 0 });
        onHealth(null);
      } catch (error) {
        onHealth(error);
        record({ store: store.kind, outcome: "error", ageMs: 0 });
      }
      return value;
    },
  });
}

export const dataCache = {
  /** Every page reads its data from the database: the queries the other techniques leave, each time. */
  naive: () => ({ through: (_call, load) => load() }),
  /**
   * A warm page: no query. Each data function costs a read of the generation and one lookup
   * (a small file and a Map in memory; 2 round trips to Redis); a cold one adds its queries and a write.
   */
  optimized: (plan, record) =>
    readThrough(currentDataStore(), { ttlSeconds: dataCacheSettings().ttlSeconds, onHealth: noteStoreHealth, record })(plan),
} satisfies Variants<(plan: Plan, record: (lookup: DataCacheLookup) => void) => DataCache>;
