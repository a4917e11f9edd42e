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

  for (const bad of ["0", "-1", "1.5", "1e3", "01", "", " 2", "2 ", "abc", "0x10", "2\u0000", "١", "+2", "Infinity"]) {
    it(`should refuse ${JSON.stringify(bad)} with 400`, () => {
      assert.deepEqual(parsePageParam([bad]), {
        ok: false,
        status: 400,
        error: "?page= must be a whole number from 1 up, in plain digits.",
      });
    });
  }

  for (const huge of ["100001", "99999999999", "99999999999999999999999999999"]) {
    it(`should treat ${huge} as past the last page, 404`, () => {
      const parsed = parsePageParam([huge]);
      assert.equal(parsed.ok, false);
      assert.equal(!parsed.ok && parsed.status, 404);
    });
  }

  it("should refuse a repeated page", () => {
    assert.deepEqual(parsePageParam(["1", "2"]), { ok: false, status: 400, error: "Give ?page= once." });
  });
});
