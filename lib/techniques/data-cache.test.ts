import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { createTestBlog, recordQueries } from "../../scripts/test/blog-fixture";
import { CACHED } from "../contract/mode";
import { planFor, type Plan } from "../model/plan";
import type { DataCacheLookup, DataStore } from "../data-cache/store";

const blog = createTestBlog();
const media = mkdtempSync(path.join(tmpdir(), "fastblog-data-cache-"));
process.env.MEDIA_DIR = media;
const { counts } = await import("./counts");
const { eagerLoading } = await import("./eager-loading");
const { dataCache, dataKey, readThrough } = await import("./data-cache");
const { createMemoryStore } = await import("../data-cache/memory-store");
const { bumpGenerationFile, generationFile, readGenerationFile } = await import("../data-cache/generation");
const { invalidateDataCache } = await import("../data-cache/invalidate");

after(async () => {
  await blog.remove();
  rmSync(media, { recursive: true, force: true });
});

/** A clock the test moves by hand. */
function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, set: (ms: number) => (now = ms) };
}

/** Cached mode's data cache over `store`, kept for `ttlSeconds`, and the lookups it reports. */
function cached(
  store: DataStore,
  now: () => number,
  { ttlSeconds = 60, plan = planFor(CACHED) }: { ttlSeconds?: number; plan?: Plan } = {},
) {
  const lookups: DataCacheLookup[] = [];
  const cache = readThrough(store, { ttlSeconds, now, record: (lookup) => lookups.push(lookup) })(plan);
  return { cache, lookups };
}

const memory = (now: () => number, generation = async () => "g1") =>
  createMemoryStore({ maxEntries: 100, maxBytes: 1024 * 1024, generation, now });

/** The category index as optimized lists it: 1 query. */
const SUMMARIES = ["listCategorySummaries"] as const;
const listSummaries = () => counts.optimized.listCategorySummaries();

describe("data-cache", () => {
  it("should read the database on every call in naive mode, and report no lookup", async () => {
    const lookups: DataCacheLookup[] = [];
    const cache = dataCache.naive();
    const first = await recordQueries(() => cache.through(SUMMARIES, listSummaries));
    const second = await recordQueries(() => cache.through(SUMMARIES, listSummaries));
    assert.equal(first.queries.length, 1);
    assert.equal(second.queries.length, 1);
    assert.deepEqual(lookups, []);
    assert.deepEqual(second.result, first.result);
  });

  it("should read the database once and answer the second call from memory with no query, the same data, Dates included", async () => {
    const time = clock();
    const { cache, lookups } = cached(memory(time.now), time.now);
    const load = () => eagerLoading.optimized.getArticle("article-3");
    const cold = await recordQueries(() => cache.through(["getArticle", "article-3"], load));
    time.set(1_004_000);
    const warm = await recordQueries(() => cache.through(["getArticle", "article-3"], load));
    assert.ok(cold.queries.length > 0);
    assert.equal(warm.queries.length, 0);
    assert.deepEqual(lookups, [
      { store: "memory", outcome: "miss", ageMs: 0 },
      { store: "memory", outcome: "hit", ageMs: 4_000 },
    ]);
    assert.deepEqual(warm.result, cold.result);
    assert.ok(warm.result?.publishedAt instanceof Date);
    assert.notEqual(warm.result, cold.result, "each reader gets a copy of its own");
  });

  it("should keep a null answer too: an unknown article costs its query once", async () => {
    const time = clock();
    const { cache } = cached(memory(time.now), time.now);
    const load = () => eagerLoading.optimized.getArticle("no-such-article");
    const cold = await recordQueries(() => cache.through(["getArticle", "no-such-article"], load));
    const warm = await recordQueries(() => cache.through(["getArticle", "no-such-article"], load));
    assert.equal(cold.result, null);
    assert.equal(warm.result, null);
    assert.equal(cold.queries.length, 1);
    assert.equal(warm.queries.length, 0);
  });

  it("should read the database again once an entry is as old as its TTL, and not a millisecond before", async () => {
    const time = clock(0);
    const { cache, lookups } = cached(memory(time.now), time.now, { ttlSeconds: 60 });
    await cache.through(SUMMARIES, listSummaries);
    time.set(59_999);
    const before = await recordQueries(() => cache.through(SUMMARIES, listSummaries));
    time.set(60_000);
    const expired = await recordQueries(() => cache.through(SUMMARIES, listSummaries));
    assert.equal(before.queries.length, 0);
    assert.equal(expired.queries.length, 1);
    assert.deepEqual(
      lookups.map((l) => l.outcome),
      ["miss", "hit", "miss"],
    );
  });

  it("should key each call by the seed's generation, the other techniques' variants and every argument", () => {
    const plan = planFor(CACHED);
    const base = dataKey("g1", plan, ["getCategoryWithArticles", "databases", { number: 1 }]);
    const cursor = { publishedAt: new Date(Date.UTC(2024, 0, 5)), id: 5 };
    const naivePages: Plan = { ...plan, pagination: "naive" };
    const variants = [
      dataKey("g2", plan, ["getCategoryWithArticles", "databases", { number: 1 }]),
      dataKey("g1", naivePages, ["getCategoryWithArticles", "databases", { number: 1 }]),
      dataKey("g1", { ...plan, counts: "naive" }, ["getCategoryWithArticles", "databases", { number: 1 }]),
      dataKey("g1", plan, ["getAuthorWithArticles", "databases", { number: 1 }]),
      dataKey("g1", plan, ["getCategoryWithArticles", "testing", { number: 1 }]),
      dataKey("g1", plan, ["getCategoryWithArticles", "databases", { number: 2 }]),
      dataKey("g1", plan, ["getCategoryWithArticles", "databases", { number: 2, after: cursor }]),
      dataKey("g1", plan, ["getCategoryWithArticles", "databases", { number: 2, before: cursor }]),
      dataKey("g1", plan, ["getCategoryWithArticles", "databases", { number: 2, after: { ...cursor, id: 6 } }]),
    ];
    assert.equal(new Set([base, ...variants]).size, 1 + variants.length);
    assert.equal(dataKey("g1", planFor(CACHED), ["getCategoryWithArticles", "databases", { number: 1 }]), base);
  });

  it("should keep another variant's data apart: naive counts miss where optimized counts hit", async () => {
    const time = clock();
    const store = memory(time.now);
    const optimized = cached(store, time.now);
    const naive = cached(store, time.now, { plan: { ...planFor(CACHED), counts: "naive" } });
    await optimized.cache.through(SUMMARIES, listSummaries);
    const other = await recordQueries(() => naive.cache.through(SUMMARIES, () => counts.naive.listCategorySummaries()));
    assert.equal(other.queries.length, 1 + 4);
    assert.deepEqual(naive.lookups, [{ store: "memory", outcome: "miss", ageMs: 0 }]);
  });

  it("should read the blog afresh after a seed: the new generation misses, with its queries", async () => {
    const time = clock();
    const { cache, lookups } = cached(
      memory(time.now, () => readGenerationFile()),
      time.now,
    );
    await cache.through(SUMMARIES, listSummaries);
    const warm = await recordQueries(() => cache.through(SUMMARIES, listSummaries));
    const before = await readGenerationFile();
    assert.equal(await invalidateDataCache(), null);
    const after = await readGenerationFile();
    const reseeded = await recordQueries(() => cache.through(SUMMARIES, listSummaries));
    assert.equal(warm.queries.length, 0);
    assert.notEqual(after, before);
    assert.equal(generationFile(), path.join(media, "data-generation"));
    assert.equal(reseeded.queries.length, 1);
    assert.deepEqual(
      lookups.map((l) => l.outcome),
      ["miss", "hit", "miss"],
    );
  });

  it("should never give a generation twice, and call a media folder no seed has written to 'none'", async () => {
    const file = path.join(media, "other", "data-generation");
    assert.equal(await readGenerationFile(file), "none");
    const generations = new Set(Array.from({ length: 20 }, () => bumpGenerationFile(file)));
    assert.equal(generations.size, 20);
    assert.equal(await readGenerationFile(file), [...generations].at(-1));
  });

  it("should answer from the database when the store fails, the same data, and report the error", async () => {
    const errors: unknown[] = [];
    const lookups: DataCacheLookup[] = [];
    const broken: DataStore = {
      kind: "redis",
      generation: () => Promise.reject(new Error("connection refused")),
      get: () => Promise.reject(new Error("unreachable")),
      set: () => Promise.reject(new Error("unreachable")),
    };
    const cache = readThrough(broken, { ttlSeconds: 60, onHealth: (e) => errors.push(e), record: (l) => lookups.push(l) })(planFor(CACHED));
    const page = await recordQueries(() => cache.through(SUMMARIES, listSummaries));
    assert.deepEqual(page.result, await listSummaries());
    assert.equal(page.queries.length, 1);
    assert.deepEqual(lookups, [{ store: "redis", outcome: "error", ageMs: 0 }]);
    assert.equal(errors.length, 1);
    assert.match(String(errors[0]), /connection refused/);
  });

  it("should answer from the database when only the write fails, and keep nothing", async () => {
    const time = clock();
    const failingWrites: DataStore = { ...memory(time.now), set: () => Promise.reject(new Error("OOM command not allowed")) };
    const { cache, lookups } = cached(failingWrites, time.now);
    const first = await recordQueries(() => cache.through(SUMMARIES, listSummaries));
    const second = await recordQueries(() => cache.through(SUMMARIES, listSummaries));
    assert.equal(first.result.length, 3);
    assert.deepEqual(lookups[0], { store: "memory", outcome: "error", ageMs: 0 });
    assert.equal(second.queries.length, 1);
  });
});

describe("the data cache in memory", () => {
  const entry = (size: number, storedAt = 0) => ({ bytes: Buffer.alloc(size), storedAt });

  it("should keep at most its number of entries, dropping the least recently used", async () => {
    const store = createMemoryStore({ maxEntries: 2, maxBytes: 1_000_000, generation: async () => "g" });
    await store.set("a", entry(10), 60);
    await store.set("b", entry(10), 60);
    assert.ok(await store.get("a"));
    await store.set("c", entry(10), 60);
    assert.ok(await store.get("a"));
    assert.equal(await store.get("b"), null);
    assert.ok(await store.get("c"));
    assert.equal(store.size.entries, 2);
  });

  it("should keep at most its bytes, keys counted, and not keep an entry larger than the whole bound", async () => {
    const store = createMemoryStore({ maxEntries: 100, maxBytes: 1_000, generation: async () => "g" });
    await store.set("a", entry(400), 60);
    await store.set("b", entry(400), 60);
    await store.set("c", entry(400), 60);
    assert.equal(await store.get("a"), null);
    assert.ok(await store.get("b"));
    assert.ok(await store.get("c"));
    assert.equal(store.size.bytes, 2 * (400 + 2));
    await store.set("huge", entry(2_000), 60);
    assert.equal(await store.get("huge"), null);
    assert.equal(store.size.entries, 2);
  });

  it("should forget an entry at its expiry and free its bytes", async () => {
    const time = clock(0);
    const store = createMemoryStore({ maxEntries: 10, maxBytes: 10_000, generation: async () => "g", now: time.now });
    await store.set("a", entry(100, 0), 5);
    time.set(4_999);
    assert.deepEqual(await store.get("a"), entry(100, 0));
    time.set(5_000);
    assert.equal(await store.get("a"), null);
    assert.deepEqual(store.size, { entries: 0, bytes: 0 });
  });
});
