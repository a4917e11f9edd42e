import { createClient, RESP_TYPES } from "redis";
import type { DataStore } from "./store";

/** The Redis key that holds the seed's generation (generation.ts); INCR'd by the seed. */
export const GENERATION_KEY = "fastblog:data:generation";

/**
 * How long a page waits for Redis before it reads the database instead. Redis answers on the
 * loopback in well under a millisecond; a slower answer means it is in trouble.
 */
const COMMAND_TIMEOUT_MS = 250;

/**
 * A Redis connection made to fail fast: no offline queue (a command while disconnected fails at
 * once instead of waiting for a reconnection), a short connect timeout, and reconnection in the
 * background with a growing delay. The caller falls back to the database on any error.
 */
export function connectRedis(url: string) {
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: 1_000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5_000) },
  }).withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });
  // Without a listener, an 'error' event would end the process; errors reach callers as rejected commands.
  client.on("error", () => {});
  return client;
}

type RedisConnection = ReturnType<typeof connectRedis>;

export type RedisStore = DataStore & { close(): Promise<void> };

/** The Redis store: entries with Redis's own expiry (SET … EX), the generation in GENERATION_KEY. */
export function createRedisStore(url: string): RedisStore {
  const client: RedisConnection = connectRedis(url);
  let connecting: Promise<unknown> | null = null;
  // The first page waits for the connection (a short while); while it is down, later pages do
  // not wait at all: they read the database until node-redis has reconnected in the background.
  const ready = async () => {
    if (client.isReady) return client;
    if (connecting) throw new Error("Redis is not connected; node-redis is reconnecting.");
    connecting = client.connect().catch(() => (connecting = null));
    await timed(connecting);
    if (!client.isReady) throw new Error("Redis is not connected.");
    return client;
  };
  return {
    kind: "redis",
    async generation() {
      const value = await timed((await ready()).get(GENERATION_KEY));
      return value === null ? "0" : value.toString();
    },
    async get(key) {
      const value = await timed((await ready()).get(key));
      if (value === null) return null;
      return { storedAt: Number(value.readBigInt64BE(0)), bytes: value.subarray(8) };
    },
    async set(key, stored, ttlSeconds) {
      // The time it was stored goes in front of the data, so that a hit can tell its age in one GET.
      const storedAt = Buffer.alloc(8);
      storedAt.writeBigInt64BE(BigInt(stored.storedAt));
      await timed((await ready()).set(key, Buffer.concat([storedAt, stored.bytes]), { expiration: { type: "EX", value: ttlSeconds } }));
    },
    async close() {
      if (client.isOpen) client.destroy();
    },
  };
}

/** Bumps the generation in Redis, so that every server sharing it reads the blog afresh. */
export async function bumpRedisGeneration(url: string): Promise<void> {
  const client = connectRedis(url);
  try {
    await timed(client.connect());
    await timed(client.incr(GENERATION_KEY));
  } finally {
    if (client.isOpen) client.destroy();
  }
}

function timed<T>(promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis did not answer within ${COMMAND_TIMEOUT_MS} ms.`)), COMMAND_TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
