import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { CACHED, MODE_COOKIE, NAIVE, OPTIMIZED, TECHNIQUES } from "../../contract/mode";
import { selectMode } from "./select-mode";

const select = (query: string, cookie?: string) => selectMode(new URLSearchParams(query), cookie, OPTIMIZED);

describe("selectMode", () => {
  it("should let ?mode= win and remember it in a cookie", () => {
    const result = select("mode=naive", "fastblog-mode=optimized");
    assert.ok(result.ok);
    assert.equal(result.mode, NAIVE);
    assert.match(result.setCookie ?? "", /^fastblog-mode=naive; Path=\/; Max-Age=\d+; SameSite=Lax; HttpOnly$/);
  });

  it("should take ?mode=cached as it takes ?mode=optimized, and remember it", () => {
    const result = select("mode=cached");
    assert.ok(result.ok);
    assert.equal(result.mode, CACHED);
    assert.match(result.setCookie ?? "", /^fastblog-mode=cached;/);
  });

  it("should keep the cookie's mode without setting it again", () => {
    const result = select("", "other=1; fastblog-mode=naive");
    assert.ok(result.ok);
    assert.equal(result.mode, NAIVE);
    assert.equal(result.setCookie, null);
  });

  it("should fall back to the default without query or cookie", () => {
    const result = select("");
    assert.ok(result.ok);
    assert.equal(result.mode, OPTIMIZED);
  });

  it("should accept a technique list in ?techniques=", () => {
    const result = select("techniques=pagination");
    assert.ok(result.ok);
    assert.deepEqual([...result.mode.techniques], ["pagination"]);
    assert.match(result.setCookie ?? "", /^fastblog-mode=pagination;/);
  });

  for (const bad of ["mode=fast", "mode=naive&mode=optimized", "mode=naive&techniques=pagination", "techniques=warp"]) {
    it(`should refuse ?${bad}`, () => {
      const result = select(bad);
      assert.equal(result.ok, false);
      assert.equal(!result.ok && result.clearCookie, false);
    });
  }

  for (const cookie of [
    "fastblog-mode=%E0%A4%A",
    "fastblog-mode=turbo",
    "fastblog-mode=",
    `fastblog-mode=${"a".repeat(500)}`,
    "fastblog-mode=naive; fastblog-mode=optimized",
  ]) {
    it(`should refuse and clear a garbage cookie (${cookie.slice(0, 40)})`, () => {
      const result = select("", cookie);
      assert.equal(result.ok, false);
      assert.equal(!result.ok && result.clearCookie, true);
    });
  }
});

describe("selectMode, for any query and cookie", () => {
  /** A cookie header as a browser, or anyone, may send it: other cookies, ours with any value, or anything at all. */
  const value = fc.oneof(
    fc.constantFrom("naive", "optimized", "pagination", "pagination,eager-loading", "none", "", "%", "%E0%A4%A", "a".repeat(201)),
    fc.string({ unit: "binary", maxLength: 60 }),
  );
  const cookieHeader = fc.oneof(
    fc.string({ unit: "binary" }),
    fc
      .array(fc.tuple(fc.constantFrom(MODE_COOKIE, "other", ` ${MODE_COOKIE}`), value), { maxLength: 3 })
      .map((pairs) => pairs.map(([name, v]) => `${name}=${v}`).join("; ")),
  );
  const query = fc
    .array(fc.tuple(fc.constantFrom("mode", "techniques", "page"), value), { maxLength: 3 })
    .map((pairs) => new URLSearchParams(pairs));

  it("should choose a mode or refuse with a message, and clear the cookie only when the cookie was at fault", () => {
    fc.assert(
      fc.property(query, fc.option(cookieHeader, { nil: undefined }), (params, cookie) => {
        const result = selectMode(params, cookie, OPTIMIZED);
        const fromQuery = params.has("mode") || params.has("techniques");
        assert.ok(result.ok ? result.mode.techniques instanceof Set : result.error.length > 0);
        assert.equal(result.ok ? false : result.clearCookie, !result.ok && !fromQuery);
        // A mode the query chose is remembered; one the cookie or the default chose is not set again.
        assert.equal(result.ok && result.setCookie !== null, result.ok && fromQuery);
      }),
      { numRuns: 3000 },
    );
  });

  it("should read back from its own cookie every mode it remembers", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([...TECHNIQUES]), (names) => {
        const chosen = selectMode(new URLSearchParams({ techniques: names.join(",") || "none" }), undefined, OPTIMIZED);
        assert.ok(chosen.ok);
        const cookie = chosen.setCookie!.split(";")[0]!;
        assert.deepEqual(selectMode(new URLSearchParams(), `other=1; ${cookie}`, OPTIMIZED), {
          ok: true,
          mode: chosen.mode,
          setCookie: null,
        });
      }),
    );
  });
});
