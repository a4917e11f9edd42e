import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseServerTiming, parseServerTimingHeader } from "../../../lib/contract";
import { serverFigures } from "./server-timing";

const HEADER = 'db;dur=3.50;desc="4 queries", dup;desc="0", total;dur=19.20, mode;desc="eager-loading,pagination", req;desc="7"';

describe("what a page's Server-Timing header says", () => {
  it("should read Server-Timing figures, with commas inside a description", () => {
    const metrics = new Map(parseServerTimingHeader(HEADER).map((m) => [m.name, m.params]));
    assert.deepEqual(metrics.get("db"), { dur: "3.50", desc: "4 queries" });
    assert.deepEqual(metrics.get("mode"), { desc: "eager-loading,pagination" });
    assert.deepEqual(metrics.get("total"), { dur: "19.20" });
    assert.deepEqual(parseServerTiming(HEADER), {
      queries: 4,
      duplicates: 0,
      dbMs: 3.5,
      totalMs: 19.2,
      mode: "eager-loading,pagination",
      requestId: "7",
    });
    assert.equal(parseServerTiming(null), null);
  });

  it("should give a view's queries, duplicates, server and database time, and null for what the header lacks", () => {
    assert.deepEqual(serverFigures(HEADER), { queries: 4, duplicates: 0, serverMs: 19.2, dbMs: 3.5 });
    assert.deepEqual(serverFigures('db;dur=1.00;desc="1 query"'), { queries: 1, duplicates: null, serverMs: null, dbMs: 1 });
    assert.deepEqual(serverFigures(null), { queries: null, duplicates: null, serverMs: null, dbMs: null });
  });
});
