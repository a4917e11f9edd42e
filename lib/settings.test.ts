import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, it } from "node:test";
import { NAIVE, OPTIMIZED } from "./contract/mode";
import {
  checkSettings,
  connectionLimits,
  databasePool,
  dbLatencyMs,
  debugPanelEnabled,
  defaultMode,
  pageDeadlineMs,
  pageShedding,
  seedScale,
  serverPort,
  SettingError,
  SETTINGS,
  settingsTable,
  thumbnailCacheBytes,
  thumbnailConcurrency,
  thumbnailQueue,
} from "./settings";

const NAMES = Object.keys(SETTINGS);
const saved = Object.fromEntries(NAMES.map((name) => [name, process.env[name]]));

describe("settings", () => {
  afterEach(() => {
    for (const name of NAMES) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  });

  it("should use the defaults when nothing is set", () => {
    for (const name of NAMES) delete process.env[name];
    assert.equal(serverPort(), 3000);
    assert.ok(thumbnailConcurrency() >= 1);
    assert.equal(thumbnailCacheBytes(), 256 * 1024 * 1024);
    assert.equal(debugPanelEnabled(), true);
    assert.equal(seedScale(), 1);
    assert.doesNotThrow(checkSettings);
  });

  it("should read good values", () => {
    process.env.PORT = "0";
    process.env.THUMBNAIL_CONCURRENCY = "3";
    process.env.THUMBNAIL_CACHE_MB = " 10 ";
    process.env.DEBUG_PANEL = "0";
    assert.equal(serverPort(), 0);
    assert.equal(thumbnailConcurrency(), 3);
    assert.equal(thumbnailCacheBytes(), 10 * 1024 * 1024);
    assert.equal(debugPanelEnabled(), false);
  });

  const bad: [string, string][] = [
    ["PORT", "70000"],
    ["PORT", "http"],
    ["THUMBNAIL_CONCURRENCY", "0"],
    ["THUMBNAIL_CONCURRENCY", "-1"],
    ["THUMBNAIL_CONCURRENCY", "1.5"],
    ["THUMBNAIL_CACHE_MB", "1e3"],
    ["DEBUG_PANEL", "off"],
    ["THUMBNAIL_QUALITY", "33"],
    ["BLOG_MODE", "fast"],
    ["SEED_SCALE", "0"],
    ["SEED_SCALE", "10001"],
    ["SEED_SCALE", "2.5"],
    ["SEED_SCALE", "1e3"],
    ["MAX_REQUESTS_PER_CONNECTION", "0"],
    ["SEND_TIMEOUT_S", "0"],
    ["SEND_TIMEOUT_S", "30s"],
    ["PAGE_CONCURRENCY", "0"],
    ["PAGE_QUEUE", "-1"],
    ["PAGE_QUEUE_WAIT_MS", "50"],
    ["MAX_EVENT_LOOP_DELAY_MS", "1.5"],
    ["THUMBNAIL_QUEUE", "0"],
    ["THUMBNAIL_QUEUE_PER_CLIENT", "many"],
    ["DB_LATENCY_MS", "-1"],
    ["DB_LATENCY_MS", "1ms"],
    ["DB_LATENCY_MS", "0.0005"],
    ["DB_LATENCY_MS", "10001"],
    ["DB_POOL_SIZE", "0"],
    ["DB_POOL_TIMEOUT_MS", "50"],
  ];
  for (const [name, value] of bad) {
    it(`should refuse ${name}=${value} with a message that names it`, () => {
      process.env[name] = value;
      assert.throws(checkSettings, (error: unknown) => error instanceof SettingError && error.message.includes(name));
    });
  }

  it("should take optimized as the default mode when BLOG_MODE is unset or empty", () => {
    delete process.env.BLOG_MODE;
    assert.equal(defaultMode(), OPTIMIZED);
    process.env.BLOG_MODE = "";
    assert.equal(defaultMode(), OPTIMIZED);
  });

  it("should follow BLOG_MODE and refuse a bad one", () => {
    process.env.BLOG_MODE = "naive";
    assert.equal(defaultMode(), NAIVE);
    process.env.BLOG_MODE = "fast";
    assert.throws(() => defaultMode(), /BLOG_MODE is not valid/);
  });

  it("should read SEED_SCALE as a whole number from 1 to 10000", () => {
    process.env.SEED_SCALE = " 1000 ";
    assert.equal(seedScale(), 1000);
    process.env.SEED_SCALE = "10000";
    assert.equal(seedScale(), 10_000);
    process.env.SEED_SCALE = "huge";
    assert.throws(() => seedScale(), /SEED_SCALE must be a whole number from 1 to 10000; got "huge"/);
  });

  it("should default the connection, shedding and queue limits to the documented values", () => {
    for (const name of NAMES) delete process.env[name];
    assert.deepEqual(connectionLimits(), { maxRequestsPerConnection: 100, sendTimeoutMs: 30_000 });
    assert.deepEqual(pageShedding(), {
      concurrency: 2,
      concurrencyPerClient: 2,
      queue: 32,
      queuePerClient: 8,
      queueWaitMs: 2_000,
      maxEventLoopDelayMs: 250,
    });
    assert.equal(pageDeadlineMs(), 30_000);
    process.env.PAGE_CONCURRENCY = "20";
    assert.equal(pageShedding().concurrencyPerClient, 15);
    assert.deepEqual(thumbnailQueue(), { total: 128, perClient: 16 });
  });

  it("should read the connection, shedding and queue limits", () => {
    Object.assign(process.env, { MAX_REQUESTS_PER_CONNECTION: "5", SEND_TIMEOUT_S: "2", PAGE_CONCURRENCY: "1", PAGE_QUEUE: "0" });
    Object.assign(process.env, {
      PAGE_QUEUE_WAIT_MS: "500",
      PAGE_QUEUE_PER_CLIENT: "3",
      PAGE_CONCURRENCY_PER_CLIENT: "1",
      PAGE_DEADLINE_MS: "1000",
      MAX_EVENT_LOOP_DELAY_MS: "40",
      THUMBNAIL_QUEUE: "8",
      THUMBNAIL_QUEUE_PER_CLIENT: "2",
    });
    assert.deepEqual(connectionLimits(), { maxRequestsPerConnection: 5, sendTimeoutMs: 2_000 });
    assert.deepEqual(pageShedding(), {
      concurrency: 1,
      concurrencyPerClient: 1,
      queue: 0,
      queuePerClient: 3,
      queueWaitMs: 500,
      maxEventLoopDelayMs: 40,
    });
    assert.equal(pageDeadlineMs(), 1_000);
    assert.deepEqual(thumbnailQueue(), { total: 8, perClient: 2 });
  });

  it("should add no database latency by default, and read whole or decimal milliseconds", () => {
    delete process.env.DB_LATENCY_MS;
    assert.equal(dbLatencyMs(), 0);
    for (const [raw, ms] of [
      ["1", 1],
      ["0.5", 0.5],
      [" 2 ", 2],
      ["20", 20],
      ["0", 0],
    ] as const) {
      process.env.DB_LATENCY_MS = raw;
      assert.equal(dbLatencyMs(), ms, raw);
    }
    process.env.DB_LATENCY_MS = "fast";
    assert.throws(() => dbLatencyMs(), /DB_LATENCY_MS must be milliseconds from 0 to 10000, such as 1 or 0.5; got "fast"/);
  });

  it("should size the PostgreSQL pool at 10 connections and a 2 s wait by default, or as set", () => {
    delete process.env.DB_POOL_SIZE;
    delete process.env.DB_POOL_TIMEOUT_MS;
    assert.deepEqual(databasePool(), { size: 10, timeoutMs: 2_000 });
    Object.assign(process.env, { DB_POOL_SIZE: "1", DB_POOL_TIMEOUT_MS: "500" });
    assert.deepEqual(databasePool(), { size: 1, timeoutMs: 500 });
  });

  it("should report every bad value at once, each named, in one error", () => {
    Object.assign(process.env, { PORT: "http", PAGE_QUEUE: "-1", DEBUG_PANEL: "off" });
    assert.throws(checkSettings, (error: unknown) => {
      assert.ok(error instanceof SettingError);
      assert.match(error.message, /^3 settings are not valid:/);
      for (const name of ["PORT", "PAGE_QUEUE", "DEBUG_PANEL"]) assert.ok(error.message.includes(`- ${name} must`), name);
      return true;
    });
  });

  it("should list every setting in docs/configuration.md exactly as the table makes it (npm run docs:settings)", () => {
    const docs = readFileSync(path.join(import.meta.dirname, "..", "docs", "configuration.md"), "utf8");
    assert.ok(docs.includes(settingsTable(SETTINGS)), "docs/configuration.md is out of date: run `npm run docs:settings`.");
  });
});
