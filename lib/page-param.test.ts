import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parsePageParam } from "./page-param";

describe("parsePageParam", () => {
  it("should default to page 1", () => {
    assert.deepEqual(parsePageParam([]), { ok: true, page: 1 });
  });

  it("should accept plain positive integers", () => {
    assert.deepEqual(parsePageParam(["2"]), { ok: true, page: 2 });
    assert.deepEqual(parsePageParam(["100000"]), { ok: true, page: 100000 });
  });

  for (const bad of ["0", "-1", "1.5", "1e3", "01", "", " 2", "2 ", "abc", "100001", "99999999999999999999", "0x10", "2\u0000", "١"]) {
    it(`should refuse ${JSON.stringify(bad)}`, () => {
      assert.equal(parsePageParam([bad]).ok, false);
    });
  }

  it("should refuse a repeated page", () => {
    assert.equal(parsePageParam(["1", "2"]).ok, false);
  });
});
