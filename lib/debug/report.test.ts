import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { summarizeQueries } from "./report";

const q = (sql: string, params: string, durationMs = 1, roundTrips = 0) => ({ sql, params, durationMs, roundTrips });

describe("summarizeQueries", () => {
  it("should count exact repeats as duplicates and same-SQL queries as similar", () => {
    const report = summarizeQueries([
      q("SELECT author WHERE id = ?", "[1]"),
      q("SELECT author WHERE id = ?", "[1]"),
      q("SELECT author WHERE id = ?", "[2]"),
      q("SELECT article", "[]", 2),
    ]);
    assert.equal(report.count, 4);
    assert.equal(report.durationMs, 5);
    assert.equal(report.duplicateCount, 1);
    assert.deepEqual(report.duplicates, [{ sql: "SELECT author WHERE id = ?", params: "[1]", count: 2, durationMs: 2 }]);
    assert.deepEqual(report.similar, [{ sql: "SELECT author WHERE id = ?", params: "[1]", count: 3, durationMs: 3 }]);
  });

  it("should report nothing for a request without queries", () => {
    assert.deepEqual(summarizeQueries([]), { count: 0, durationMs: 0, duplicateCount: 0, roundTrips: 0, similar: [], duplicates: [] });
  });

  it("should add up the round trips the queries cost", () => {
    assert.equal(summarizeQueries([q("SELECT 1", "[]", 1, 1), q("SELECT 2", "[]", 1, 1)]).roundTrips, 2);
    assert.equal(summarizeQueries([q("SELECT 1", "[]"), q("SELECT 2", "[]")]).roundTrips, 0);
  });
});
