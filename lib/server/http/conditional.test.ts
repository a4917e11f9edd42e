import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { evaluate } from "./conditional";

const MODIFIED = Date.parse("Wed, 25 Nov 2026 15:44:59 GMT") + 123;
const FILE = { etag: '"abc"', lastModified: MODIFIED };
const SIZE = 23;

describe("evaluate", () => {
  it("should answer 412 when If-Match names no current representation, and go on for *", () => {
    assert.deepEqual(evaluate({ "if-match": '"x"' }, FILE, SIZE), { status: 412 });
    assert.deepEqual(evaluate({ "if-match": 'W/"abc"' }, FILE, SIZE), { status: 412 });
    assert.deepEqual(evaluate({ "if-match": '"x", "abc"' }, FILE, SIZE), { status: 200 });
    assert.deepEqual(evaluate({ "if-match": "*" }, FILE, SIZE), { status: 200 });
  });

  it("should answer 412 when the file changed after If-Unmodified-Since, unless If-Match is there", () => {
    assert.deepEqual(evaluate({ "if-unmodified-since": "Mon, 01 Jan 2001 00:00:00 GMT" }, FILE, SIZE), { status: 412 });
    assert.deepEqual(evaluate({ "if-unmodified-since": "Wed, 25 Nov 2026 15:44:59 GMT" }, FILE, SIZE), { status: 200 });
    assert.deepEqual(evaluate({ "if-unmodified-since": "garbage" }, FILE, SIZE), { status: 200 });
    assert.deepEqual(evaluate({ "if-match": "*", "if-unmodified-since": "Mon, 01 Jan 2001 00:00:00 GMT" }, FILE, SIZE), { status: 200 });
  });

  it("should answer 304 to a matching If-None-Match or an If-Modified-Since not older than the file", () => {
    assert.deepEqual(evaluate({ "if-none-match": 'W/"abc"' }, FILE, SIZE), { status: 304 });
    assert.deepEqual(evaluate({ "if-none-match": '"other"', "if-modified-since": "Wed, 25 Nov 2026 15:44:59 GMT" }, FILE, SIZE), {
      status: 200,
    });
    assert.deepEqual(evaluate({ "if-modified-since": "Wed, 25 Nov 2026 15:44:59 GMT" }, FILE, SIZE), { status: 304 });
    assert.deepEqual(evaluate({ "if-modified-since": "Wed, 25 Nov 2026 15:44:58 GMT" }, FILE, SIZE), { status: 200 });
  });

  const ranges: [string, ReturnType<typeof evaluate>][] = [
    ["bytes=0-3", { status: 206, start: 0, end: 3 }],
    ["bytes=20-", { status: 206, start: 20, end: 22 }],
    ["bytes=-5", { status: 206, start: 18, end: 22 }],
    ["bytes=-500", { status: 206, start: 0, end: 22 }],
    ["bytes=10-9999", { status: 206, start: 10, end: 22 }],
    ["bytes=99999999-", { status: 416 }],
    ["bytes=23-", { status: 416 }],
    ["bytes=5-1", { status: 416 }],
    ["bytes=-0", { status: 416 }],
    ["bytes=0-1,5-6", { status: 200 }],
    ["items=0-1", { status: 200 }],
    ["bytes=-", { status: 200 }],
    ["bytes=abc", { status: 200 }],
  ];
  for (const [range, outcome] of ranges) {
    it(`should answer Range: ${range} with ${outcome.status}`, () => {
      assert.deepEqual(evaluate({ range }, FILE, SIZE), outcome);
    });
  }

  it("should send the whole file when If-Range names another version", () => {
    assert.deepEqual(evaluate({ range: "bytes=0-3", "if-range": '"old"' }, FILE, SIZE), { status: 200 });
    assert.deepEqual(evaluate({ range: "bytes=0-3", "if-range": '"abc"' }, FILE, SIZE), { status: 206, start: 0, end: 3 });
    assert.deepEqual(evaluate({ range: "bytes=0-3", "if-range": "Wed, 25 Nov 2026 15:44:59 GMT" }, FILE, SIZE), {
      status: 206,
      start: 0,
      end: 3,
    });
  });

  it("should check preconditions before ranges", () => {
    assert.deepEqual(evaluate({ "if-match": '"x"', range: "bytes=99999999-" }, FILE, SIZE), { status: 412 });
  });
});
