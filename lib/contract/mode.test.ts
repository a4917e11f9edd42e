import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatMode, NAIVE, OPTIMIZED, parseMode, TECHNIQUES } from "./mode";

describe("parseMode", () => {
  it("should read naive and optimized by name", () => {
    assert.deepEqual(parseMode("naive"), { ok: true, mode: NAIVE });
    assert.deepEqual(parseMode(" Optimized "), { ok: true, mode: OPTIMIZED });
  });

  it("should read a technique list as a custom mode", () => {
    const parsed = parseMode("pagination,eager-loading");
    assert.ok(parsed.ok);
    assert.equal(parsed.mode.name, "custom");
    assert.deepEqual([...parsed.mode.techniques].sort(), ["eager-loading", "pagination"]);
  });

  it("should call the full list optimized and the empty list naive", () => {
    assert.deepEqual(parseMode(TECHNIQUES.join(",")), { ok: true, mode: OPTIMIZED });
    assert.deepEqual(parseMode("none"), { ok: true, mode: NAIVE });
  });

  it("should refuse an unknown technique and name the known ones", () => {
    const parsed = parseMode("pagination,telepathy");
    assert.equal(parsed.ok, false);
    assert.match(!parsed.ok ? parsed.error : "", /Unknown technique "telepathy".*eager-loading/);
  });
});

describe("formatMode", () => {
  it("should round-trip every single technique", () => {
    for (const technique of TECHNIQUES) {
      const parsed = parseMode(technique);
      assert.ok(parsed.ok);
      assert.equal(formatMode(parsed.mode), technique);
    }
  });
});
