import assert from "node:assert/strict";
import { afterEach, describe, it } from "node:test";
import { NAIVE, OPTIMIZED } from "./mode";
import { checkSettings, debugPanelEnabled, defaultMode, seedScale, serverPort, SettingError, thumbnailCacheBytes, thumbnailConcurrency } from "./settings";

const NAMES = ["PORT", "THUMBNAIL_CONCURRENCY", "THUMBNAIL_CACHE_MB", "DEBUG_PANEL", "THUMBNAIL_QUALITY", "BLOG_MODE", "SEED_SCALE"];
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
});
