import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatServerTiming, parseServerTiming, parseServerTimingHeader } from "../../../lib/contract/server-timing";
import { serverFigures } from "./server-timing";

const HEADER =
  'db;dur=3.50;desc="4 queries", dup;desc="0", rtt;dur=2.00;desc="2 round trips", total;dur=19.20, mode;desc="eager-loading,pagination", req;desc="7"';

describe("what a page's Server-Timing header says", () => {
  it("should read Server-Timing figures, with commas inside a description", () => {
    const metrics = new Map(parseServerTimingHeader(HEADER).map((m) => [m.name, m.params]));
    assert.deepEqual(metrics.get("db"), { dur: "3.50", desc: "4 queries" });
    assert.deepEqual(metrics.get("mode"), { desc: "eager-loading,pagination" });
    assert.deepEqual(metrics.get("total"), { dur: "19.20" });
    assert.deepEqual(parseServerTiming(HEADER), {
      queries: 4,
      findings: null,
      duplicates: 0,
      dbMs: 3.5,
      roundTrips: 2,
      roundTripMs: 2,
      dataCache: null,
      totalMs: 19.2,
      mode: "eager-loading,pagination",
      requestId: "7",
    });
    assert.equal(parseServerTiming(null), null);
  });

  it("should read back what the server writes, round trips included", () => {
    const figures = {
      queries: 172,
      findings: 7,
      duplicates: 38,
      dbMs: 301.5,
      roundTrips: 172,
      roundTripMs: 172,
      dataCache: null,
      totalMs: 420.25,
      mode: "naive",
      requestId: "ab",
    };
    const header = formatServerTiming(figures);
    assert.match(header, /rtt;dur=172\.00;desc="172 round trips"/);
    assert.match(header, /find;desc="7"/);
    assert.deepEqual(parseServerTiming(header), figures);
    assert.match(formatServerTiming({ ...figures, roundTrips: 1, roundTripMs: 0 }), /rtt;dur=0\.00;desc="1 round trip"/);
  });

  it("should read back the data cache's store, hits, misses, errors and age, and write nothing of it when it is off", () => {
    const figures = {
      queries: 0,
      findings: null,
      duplicates: 0,
      dbMs: 0,
      roundTrips: 0,
      roundTripMs: 0,
      dataCache: { store: "redis" as const, hits: 2, misses: 1, errors: 0, ageMs: 1234.5 },
      totalMs: 3.25,
      mode: "cached",
      requestId: null,
    };
    const header = formatServerTiming(figures);
    assert.match(header, /cache;dur=1234\.50;desc="redis: 2 hits, 1 miss, 0 errors"/);
    assert.deepEqual(parseServerTiming(header), figures);
    assert.doesNotMatch(formatServerTiming({ ...figures, dataCache: null }), /cache;/);
  });

  it("should leave the round trips unknown when a header has none, as an older server's", () => {
    const older = parseServerTiming('db;dur=3.50;desc="4 queries", dup;desc="0", total;dur=19.20');
    assert.ok(Number.isNaN(older!.roundTrips) && Number.isNaN(older!.roundTripMs));
  });

  it("should give a view's queries, duplicates, server and database time, and null for what the header lacks", () => {
    assert.deepEqual(serverFigures(HEADER), { queries: 4, duplicates: 0, serverMs: 19.2, dbMs: 3.5 });
    assert.deepEqual(serverFigures('db;dur=1.00;desc="1 query"'), { queries: 1, duplicates: null, serverMs: null, dbMs: 1 });
    assert.deepEqual(serverFigures(null), { queries: null, duplicates: null, serverMs: null, dbMs: null });
  });
});
