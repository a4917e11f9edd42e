import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compareRuns, controlFalseDiscoveries, verdictOf } from "./compare";
import type { ComparisonRow } from "../types/results";
import { run } from "./test-fixtures";

const runs = (mode: string, loads: number[]) => loads.map((load, i) => run(mode, load, undefined, i + 1));

describe("comparing two benchmarks", () => {
  it("should call a clear shift in five runs a side better or worse, by which way is better", () => {
    assert.deepEqual(verdictOf([200, 210, 205, 220, 215], [150, 160, 155, 158, 152], false).verdict, "better");
    assert.deepEqual(verdictOf([200, 210, 205, 220, 215], [150, 160, 155, 158, 152], true).verdict, "worse");
    assert.equal(verdictOf([200, 210, 205, 220, 215], [150, 160, 155, 158, 152], false).p, 2 / 252);
  });

  it("should call overlapping runs within noise, and three runs a side always within noise", () => {
    assert.equal(verdictOf([200, 150, 180, 220, 160], [190, 170, 210, 155, 175], false).verdict, "within noise");
    assert.equal(verdictOf([200, 210, 220], [100, 110, 120], false).verdict, "within noise");
  });

  it("should compare counts and bytes that do not vary exactly: any difference is real", () => {
    assert.deepEqual(verdictOf([26_000], [25_000], false, true), { p: null, verdict: "better" });
    assert.deepEqual(verdictOf([4, 4, 4], [4, 4, 4], false, true), { p: null, verdict: "same" });
    assert.deepEqual(verdictOf([4, 4, 4], [5, 5, 5], false, true), { p: null, verdict: "worse" });
  });

  it("should never call a timing exact, even when each side has one run", () => {
    assert.deepEqual(verdictOf([260], [180], false), { p: 1, verdict: "within noise" });
    assert.equal(verdictOf([200, 200, 200], [100, 100, 100], false).verdict, "within noise");
  });

  it("should give old and new medians and their difference for every metric of every mode both share", () => {
    const old = { runs: [...runs("naive", [1000, 1100, 1050]), ...runs("optimized", [200, 220, 210])], lighthouse: [] };
    const now = { runs: [...runs("naive", [1000, 1090, 1040]), ...runs("optimized", [150, 160, 155])], lighthouse: [] };
    const comparison = compareRuns(old, now, "old.json", "2026-01-01T00:00:00.000Z");
    const load = comparison.rows.find((r) => r.mode === "optimized" && r.key === "load")!;
    assert.deepEqual([load.old.median, load.new.median, load.difference], [210, 155, -55]);
    assert.equal(load.verdict, "within noise");
    assert.equal(comparison.rows.find((r) => r.mode === "naive" && r.key === "queries")!.verdict, "same");
    assert.ok(comparison.rows.every((r) => r.route === "/"));
  });

  it("should call one isolated shift among many figures noise, and keep several that move together", () => {
    const row = (key: string, p: number): ComparisonRow => ({
      ...{ route: "/", mode: "naive", key, label: key, unit: "ms" as const },
      ...{ old: { median: 1, min: 1, max: 1, n: 5 }, new: { median: 2, min: 2, max: 2, n: 5 }, difference: 1 },
      ...{ p, verdict: p < 0.05 ? ("worse" as const) : ("within noise" as const) },
    });
    const fluke = [row("speed-index", 2 / 252), ...Array.from({ length: 29 }, (_, i) => row(`m${i}`, 0.3 + i / 100))];
    assert.ok(controlFalseDiscoveries(fluke).every((r) => r.verdict === "within noise"));
    const change = [
      ...Array.from({ length: 6 }, (_, i) => row(`shifted${i}`, 2 / 252)),
      ...Array.from({ length: 24 }, (_, i) => row(`m${i}`, 0.5)),
    ];
    assert.equal(controlFalseDiscoveries(change).filter((r) => r.verdict === "worse").length, 6);
  });
});
