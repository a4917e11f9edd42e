import { dataCacheSettings } from "../settings";
import { bumpGenerationFile } from "./generation";
import { bumpRedisGeneration } from "./redis-store";

/**
 * Makes every cached page's data old news: a new generation in the media folder, for servers
 * that keep the cache in memory, and in Redis when REDIS_URL is set. `npm run db:seed` and
 * `npm run db:reset` call it; entries of the old generation are never read again and expire.
 * Returns what it could not do, for the caller to print; a Redis out of reach does not fail a
 * seed, but its servers may show the old blog for up to DATA_CACHE_TTL_SECONDS.
 */
export async function invalidateDataCache(): Promise<string | null> {
  bumpGenerationFile();
  const { redisUrl, ttlSeconds } = dataCacheSettings();
  if (!redisUrl) return null;
  try {
    await bumpRedisGeneration(redisUrl);
    return null;
  } catch (error) {
    return `The data cache in Redis (REDIS_URL) could not be told of the new data (${error instanceof Error ? error.message : String(error)}): cached pages may show the old data for up to ${ttlSeconds} s.`;
  }
}
