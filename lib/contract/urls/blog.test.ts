import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatCursor, parsePageParam, parsePageQuery } from "./blog";

describe("parsePageParam", () => {
  it("should default to page 1", () => {
    assert.deepEqual(parsePageParam([]), { ok: true, page: 1 });
  });

  it("should accept plain positive integers", () => {
    assert.deepEqual(parsePageParam(["2"]), { ok: true, page: 2 });
    assert.deepEqual(parsePageParam(["100000"]), { ok: true, page: 100000 });
    assert.deepEqual(parsePageParam(["10000000"]), { ok: true, page: 10000000 });
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

  for (const huge of ["10000001", "99999999999", "99999999999999999999999999999"]) {
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

describe("parsePageQuery", () => {
  const query = (text: string) => parsePageQuery(new URLSearchParams(text));

  it("should read a page with the cursor of a Next or Previous link", () => {
    assert.deepEqual(query("page=3&after=1700000000000-42"), {
      ok: true,
      page: { number: 3, after: { publishedAt: new Date(1700000000000), id: 42 } },
    });
    assert.deepEqual(query("page=2&before=1700000000000-7"), {
      ok: true,
      page: { number: 2, before: { publishedAt: new Date(1700000000000), id: 7 } },
    });
    assert.deepEqual(query(""), { ok: true, page: { number: 1 } });
  });

  it("should take a cursor before 1970", () => {
    assert.deepEqual(query("page=2&after=-86400000-3"), {
      ok: true,
      page: { number: 2, after: { publishedAt: new Date(-86400000), id: 3 } },
    });
  });

  it("should give back the cursor it formats", () => {
    const cursor = { publishedAt: new Date(1700000000123), id: 99 };
    const parsed = query(`page=2&after=${formatCursor(cursor)}`);
    assert.deepEqual(parsed.ok && parsed.page.after, cursor);
  });

  for (const bad of [
    "page=2&after=x",
    "page=2&after=1-0",
    "page=2&after=--1-2",
    "page=2&after=1.5-2",
    "page=2&after=1-2&before=1-2",
    "page=2&after=1-2&after=1-3",
    "after=1-2",
    "page=2&before=",
    "page=2&after=-0-1",
    "page=2&after=01700000000000-1",
  ]) {
    it(`should refuse ${bad} with 400`, () => {
      const parsed = query(bad);
      assert.equal(parsed.ok, false);
      assert.equal(!parsed.ok && parsed.status, 400);
    });
  }

  for (const outside of [
    "page=2&after=253402300800000-1",
    "page=2&after=999999999999999-1",
    "page=2&before=-62167219200001-1",
    "page=2&before=-62135596800001-1",
    "page=2&after=1700000000000-2147483648",
    "page=2&after=1700000000000-9999999999",
  ]) {
    it(`should refuse a cursor no database can hold, ${outside}, with 400 and why`, () => {
      const parsed = query(outside);
      assert.deepEqual(parsed.ok ? null : [parsed.status, /out of range.*years 0001 to 9999.*2147483647/.test(parsed.error)], [400, true]);
    });
  }

  it("should take the first and last millisecond of the years 0001 to 9999, and id 2147483647", () => {
    assert.equal(query("page=2&after=-62135596800000-2147483647").ok, true);
    assert.equal(query("page=2&before=253402300799999-1").ok, true);
  });
});
