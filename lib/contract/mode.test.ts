import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { CACHED, formatMode, NAIVE, OPTIMIZED, OPTIMIZED_TECHNIQUES, parseMode, TECHNIQUES } from "./mode";

describe("parseMode", () => {
  it("should read naive, optimized and cached by name", () => {
    assert.deepEqual(parseMode("naive"), { ok: true, mode: NAIVE });
    assert.deepEqual(parseMode(" Optimized "), { ok: true, mode: OPTIMIZED });
    assert.deepEqual(parseMode("cached"), { ok: true, mode: CACHED });
  });

  it("should make optimized the nine techniques of the original speed-up, and cached those and data-cache", () => {
    assert.equal(TECHNIQUES.length, 10);
    assert.deepEqual([...OPTIMIZED.techniques], OPTIMIZED_TECHNIQUES);
    assert.equal(OPTIMIZED.techniques.has("data-cache"), false);
    assert.deepEqual([...CACHED.techniques], [...TECHNIQUES]);
    assert.deepEqual(parseMode("all"), { ok: true, mode: OPTIMIZED });
  });

  it("should read a technique list as a custom mode", () => {
    const parsed = parseMode("pagination,eager-loading");
    assert.ok(parsed.ok);
    assert.equal(parsed.mode.name, "custom");
    assert.deepEqual([...parsed.mode.techniques].sort(), ["eager-loading", "pagination"]);
  });

  it("should call the nine optimized, the full list cached and the empty list naive", () => {
    assert.deepEqual(parseMode(OPTIMIZED_TECHNIQUES.join(",")), { ok: true, mode: OPTIMIZED });
    assert.deepEqual(parseMode(TECHNIQUES.join(",")), { ok: true, mode: CACHED });
    assert.deepEqual(parseMode("none"), { ok: true, mode: NAIVE });
  });

  it("should refuse an unknown technique and name the known ones", () => {
    const parsed = parseMode("pagination,telepathy");
    assert.equal(parsed.ok, false);
    assert.match(!parsed.ok ? parsed.error : "", /Unknown technique "telepathy".*eager-loading/);
  });
});

describe("formatMode", () => {
  it("should name the three modes by their names", () => {
    assert.deepEqual([NAIVE, OPTIMIZED, CACHED].map(formatMode), ["naive", "optimized", "cached"]);
  });

  it("should round-trip every single technique", () => {
    for (const technique of TECHNIQUES) {
      const parsed = parseMode(technique);
      assert.ok(parsed.ok);
      assert.equal(formatMode(parsed.mode), technique);
    }
  });
});
