import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { BrowserCache, freshnessMs } from "./browser-cache";

const NOW = Date.parse("2026-12-01T12:00:00Z");
const headers = (entries: Record<string, string>) => new Headers(entries);

describe("a browser cache's freshness", () => {
  it("should keep a max-age answer fresh for max-age, immutable or not, and prefer it to Expires", () => {
    assert.equal(freshnessMs(headers({ "cache-control": "public, max-age=31536000, immutable" }), NOW), 31_536_000_000);
    assert.equal(freshnessMs(headers({ "cache-control": "max-age=60", expires: "Thu, 01 Jan 1970 00:00:00 GMT" }), NOW), 60_000);
  });

  it("should never store no-store, and store no-cache as stale at once", () => {
    assert.equal(freshnessMs(headers({ "cache-control": "no-store" }), NOW), null);
    assert.equal(freshnessMs(headers({ "cache-control": "private, no-cache" }), NOW), 0);
  });

  it("should read Expires against Date, and give an answer with no lifetime and no Last-Modified none", () => {
    const date = new Date(NOW).toUTCString();
    const expires = new Date(NOW + 120_000).toUTCString();
    assert.equal(freshnessMs(headers({ date, expires }), NOW), 120_000);
    assert.equal(freshnessMs(headers({}), NOW), 0);
  });

  it("should give an answer with only Last-Modified a tenth of its age", () => {
    const date = new Date(NOW).toUTCString();
    const lastModified = new Date(NOW - 1_000_000).toUTCString();
    assert.equal(freshnessMs(headers({ date, "last-modified": lastModified }), NOW), 100_000);
  });
});

describe("a visitor's browser cache", () => {
  it("should not refetch a fresh file, and refetch it once its max-age has passed", () => {
    const cache = new BrowserCache();
    cache.store("/a.js", headers({ "cache-control": "max-age=10" }), NOW);
    assert.equal(cache.isFresh("/a.js", NOW + 9_999), true);
    assert.equal(cache.isFresh("/a.js", NOW + 10_000), false);
  });

  it("should keep nothing of a naive answer, which has no lifetime and no validator", () => {
    const cache = new BrowserCache();
    cache.store("/media/x.jpg", headers({ "content-type": "image/jpeg" }), NOW);
    assert.equal(cache.isFresh("/media/x.jpg", NOW), false);
    assert.deepEqual(cache.validators("/media/x.jpg"), {});
  });

  it("should revalidate a no-cache page with its ETag, and keep it after a 304", () => {
    const cache = new BrowserCache();
    cache.store("/", headers({ "cache-control": "private, no-cache", etag: 'W/"abc"' }), NOW);
    assert.equal(cache.isFresh("/", NOW), false);
    assert.deepEqual(cache.validators("/"), { "if-none-match": 'W/"abc"' });
    cache.refresh("/", headers({ "cache-control": "private, no-cache", etag: 'W/"abc"' }), NOW + 1);
    assert.deepEqual(cache.validators("/"), { "if-none-match": 'W/"abc"' });
  });
});
