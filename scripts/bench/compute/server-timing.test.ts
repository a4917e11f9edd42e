import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { serverTimingOf } from "./server-timing";

describe("what a page's Server-Timing header says", () => {
  it("should read Server-Timing figures, with commas inside a description", () => {
    const header = 'db;dur=3.50;desc="4 queries", dup;desc="0", total;dur=19.20, mode;desc="eager-loading,pagination", req;desc="7"';
    assert.deepEqual(serverTimingOf(header, "db"), { dur: 3.5, desc: "4 queries" });
    assert.deepEqual(serverTimingOf(header, "mode"), { dur: null, desc: "eager-loading,pagination" });
    assert.deepEqual(serverTimingOf(header, "total"), { dur: 19.2, desc: null });
    assert.deepEqual(serverTimingOf(null, "db"), { dur: null, desc: null });
  });
});
