import { dataCacheSettings } from "../settings";
import { readGenerationFile } from "./generation";
import { createMemoryStore } from "./memory-store";
import { createRedisStore } from "./redis-store";
import type { DataStore } from "./store";

/**
 * The server's one store, made on the first cached page from REDIS_URL and the DATA_CACHE_*
 * settings. It lives on globalThis, as the request context does, so that the custom server and
 * the Next.js bundle, which load this module separately, share one connection or one LRU.
 */
const key = Symbol.for("fastblog.data-store");
const slot = globalThis as unknown as Record<symbol, { store: DataStore; failing: boolean } | undefined>;

function held() {
  return (slot[key] ??= { store: createStore(), failing: false });
}

function createStore(): DataStore {
  const { redisUrl, maxEntries, maxBytes } = dataCacheSettings();
  if (redisUrl) return createRedisStore(redisUrl);
  return createMemoryStore({ maxEntries, maxBytes, generation: () => readGenerationFile() });
}

export function currentDataStore(): DataStore {
  return held().store;
}

/**
 * Says once that the store failed and pages read the database instead, and once that it is back:
 * not once a page, which would flood the log while Redis is down.
 */
export function noteStoreHealth(error: unknown): void {
  const state = held();
  if (error && !state.failing)
    console.error(
      `The data cache (${state.store.kind}) failed, so pages read the database until it answers again: ${error instanceof Error ? error.message : String(error)}`,
    );
  if (!error && state.failing) console.error(`The data cache (${state.store.kind}) answers again.`);
  state.failing = Boolean(error);
}
