import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { NAIVE, OPTIMIZED } from "../../contract/mode";
import { selectMode } from "./select-mode";

const select = (query: string, cookie?: string) => selectMode(new URLSearchParams(query), cookie, OPTIMIZED);

describe("selectMode", () => {
  it("should let ?mode= win and remember it in a cookie", () => {
    const result = select("mode=naive", "fastblog-mode=optimized");
    assert.ok(result.ok);
    assert.equal(result.mode, NAIVE);
    assert.match(result.setCookie ?? "", /^fastblog-mode=naive; Path=\/; Max-Age=\d+; SameSite=Lax; HttpOnly$/);
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
