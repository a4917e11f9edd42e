import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { MISSING, redisBin } from "../../scripts/cluster/binaries";
import { startThrowawayRedis, type ThrowawayRedis } from "../../scripts/redis-server";
import { continuousIntegration } from "../../scripts/harness-settings";
import { freePort } from "../../scripts/run";
import { CACHED } from "../contract/mode";
import { planFor } from "../model/plan";
import { readThrough } from "../techniques/data-cache";
import { bumpRedisGeneration, connectRedis, createRedisStore, GENERATION_KEY, type RedisStore } from "./redis-store";

/** A page's data as a data function answers it: Dates and nulls included. */
const DATA = { title: "A practical guide to Brotli", publishedAt: new Date(Date.UTC(2024, 4, 1)), firstComment: null };
const CALL = ["getArticle", "a-practical-guide-to-brotli"] as const;

/** Runs `through` with a loader that counts its calls. */
async function lookUp(store: RedisStore, ttlSeconds = 60) {
  let loads = 0;
  const value = await readThrough(store, { ttlSeconds })(planFor(CACHED)).through(CALL, async () => {
    loads += 1;
    return DATA;
  });
  return { value, loads };
}

describe("the data cache in Redis", { skip: !redisBin() && !continuousIntegration() && MISSING.redis }, () => {
  let redis: ThrowawayRedis;
  const stores: RedisStore[] = [];
  const store = () => {
    stores.push(createRedisStore(redis.url));
    return stores.at(-1)!;
  };
  before(async () => {
    const bin = redisBin();
    assert.ok(bin, `CI is set, so the Redis tests must run. ${MISSING.redis}`);
    redis = await startThrowawayRedis(bin);
  });
  after(async () => {
    for (const s of stores) await s.close();
    await redis?.stop();
  });

  it("should share an entry between two servers' clients: the first loads it, the second does not", async () => {
    const [first, second] = [store(), store()];
    const cold = await lookUp(first);
    const warm = await lookUp(second);
    assert.equal(cold.loads, 1);
    assert.equal(warm.loads, 0);
    assert.deepEqual(warm.value, DATA);
    assert.ok(warm.value.publishedAt instanceof Date);
  });

  it("should keep an entry with Redis's own expiry, the TTL setting's seconds", async () => {
    const generation = await store().generation();
    const client = connectRedis(redis.url);
    await client.connect();
    try {
      const ttl = await client.ttl(`fastblog:data:${generation}:${"1".repeat(9)}:${JSON.stringify(CALL)}`);
      assert.ok(ttl > 50 && ttl <= 60, `TTL ${ttl}`);
    } finally {
      client.destroy();
    }
  });

  it("should make every client load afresh after the seed bumps the generation in Redis", async () => {
    const [first, second] = [store(), store()];
    await lookUp(first);
    assert.equal((await lookUp(second)).loads, 0);
    const before = await first.generation();
    await bumpRedisGeneration(redis.url);
    assert.notEqual(await second.generation(), before);
    assert.equal((await lookUp(second)).loads, 1);
    assert.equal((await lookUp(first)).loads, 0);
  });

  it("should bump the generation with `invalidateDataCache` when REDIS_URL is set", async () => {
    const { invalidateDataCache } = await import("./invalidate");
    const client = connectRedis(redis.url);
    await client.connect();
    process.env.REDIS_URL = redis.url;
    try {
      const before = Number((await client.get(GENERATION_KEY)) ?? 0);
      assert.equal(await invalidateDataCache(), null);
      assert.equal(Number(await client.get(GENERATION_KEY)), before + 1);
    } finally {
      delete process.env.REDIS_URL;
      client.destroy();
    }
  });

  it("should load from the database, and not throw, when Redis cannot be reached", async () => {
    const nowhere = createRedisStore(`redis://127.0.0.1:${await freePort()}`);
    stores.push(nowhere);
    const first = await lookUp(nowhere);
    const second = await lookUp(nowhere);
    assert.deepEqual(first.value, DATA);
    assert.equal(first.loads, 1);
    assert.equal(second.loads, 1);
  });
});
