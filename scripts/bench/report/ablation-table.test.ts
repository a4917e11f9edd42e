import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { OPTIMIZED_TECHNIQUES } from "../../../lib/contract/mode";
import { ablationResult } from "../compute/ablation";
import { run } from "../compute/test-fixtures";
import type { RunRecord } from "../types/artifacts";
import type { AblationTable } from "../types/results";
import { ablationTable as tableOf } from "./ablation-table";

const others = (t: string) => OPTIMIZED_TECHNIQUES.filter((o) => o !== t).join(",");

/** Rounds of an ablation: each technique saves `weights[t]` alone and costs a tenth of it when removed, give or take `jitter` ms between rounds. */
function rounds(weights: Record<string, number>, jitter: number[]): RunRecord[] {
  return jitter.flatMap((j, i) => [
    run("naive", 4000 + j, undefined, i + 1),
    run("optimized", 400 + j, undefined, i + 1),
    ...OPTIMIZED_TECHNIQUES.flatMap((t) => [
      run(t, 4000 - (weights[t] ?? 100) + j, undefined, i + 1),
      run(others(t), 400 + (weights[t] ?? 100) / 10 + j, undefined, i + 1),
    ]),
  ]);
}

/** The ablation of `records` as the reports write it: ranked and judged (compute), then in words (report). */
const ablationTable = (records: RunRecord[], database: string) => tableOf(ablationResult(records), database);

const signalOf = (table: AblationTable, technique: string) => table.rows.find((r) => r[0]!.endsWith(` ${technique}`))![6];

describe("ablation ranking", () => {
  it("should rank data-cache too when cached was measured, its cost taken from cached rather than optimized", () => {
    const records = [0, 20].flatMap((j, i) => [
      ...rounds({}, [j]).map((r) => ({ ...r, run: i + 1 })),
      run("cached", 300 + j, undefined, i + 1),
      run("data-cache", 3000 + j, undefined, i + 1),
      run(OPTIMIZED_TECHNIQUES.join(","), 400 + j, undefined, i + 1),
    ]);
    const result = ablationResult(records);
    const dataCache = result.ranked.find((e) => e.technique === "data-cache")!;
    assert.equal(result.ranked.length, OPTIMIZED_TECHNIQUES.length + 1);
    assert.equal(dataCache.saves, 1000);
    assert.equal(dataCache.costs, 100);
    assert.equal(ablationResult(rounds({}, [0, 20])).ranked.length, OPTIMIZED_TECHNIQUES.length);
  });

  it("should rank techniques by the load time they save and say that fastblog disagrees when another technique clearly leads", () => {
    const table = ablationTable(rounds({ thumbnails: 2000, pagination: 1500 }, [0, 20]), "SQLite");
    assert.equal(table.rows.length, OPTIMIZED_TECHNIQUES.length);
    assert.match(table.rows[0]![0]!, /^1\. thumbnails$/);
    assert.match(table.rows[1]![0]!, /^2\. pagination$/);
    assert.match(table.verdict, /thumbnails has the largest impact/);
    assert.match(
      table.verdict,
      /Does fastblog agree with the original article that pagination has the largest impact\? No: pagination ranks 2 of/,
    );
    assert.equal(table.agreesWithArticle, "no");
  });

  it("should name the database the ranking was measured on", () => {
    assert.match(
      ablationTable(rounds({ pagination: 2000 }, [0, 20]), "PostgreSQL + 1 ms").verdict,
      /^On PostgreSQL \+ 1 ms: Pagination has/,
    );
  });

  it("should agree with the original article when pagination clearly leads", () => {
    const table = ablationTable(rounds({ pagination: 2000 }, [0, 20]), "SQLite");
    assert.match(table.verdict, /Pagination has the largest impact.*\? Yes\./);
    assert.equal(table.agreesWithArticle, "yes");
  });

  it("should call two techniques whose gap is within the noise a tie, and leave the answer undecided", () => {
    // Runs spread by 300 ms: the noise of every effect is 150 ms, more than the 100 ms gap.
    const table = ablationTable(rounds({ thumbnails: 1600, pagination: 1500 }, [0, 300]), "SQLite");
    assert.match(table.verdict, /thumbnails ties with pagination within noise/);
    assert.match(table.verdict, /Undecided: pagination ties for the largest impact/);
    assert.equal(table.agreesWithArticle, "undecided");
  });

  it("should compare the size of an effect with the noise, whatever its sign", () => {
    const table = ablationTable(rounds({ pagination: 2000, counts: -2000, exists: 50 }, [0, 100]), "SQLite");
    assert.equal(signalOf(table, "pagination"), "clear");
    assert.equal(signalOf(table, "counts"), "clear: slower with it");
    assert.equal(signalOf(table, "exists"), "within noise");
  });

  it("should say the spread is unknown with one run per variant, and call nothing clear", () => {
    const table = ablationTable(rounds({ pagination: 2000 }, [0]), "SQLite");
    assert.deepEqual(new Set(table.rows.map((row) => row[6])), new Set(["spread unknown"]));
    assert.match(table.verdict, /With one run per variant the spread is unknown/);
    assert.equal(table.agreesWithArticle, "undecided");
  });
});
