import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { TECHNIQUES } from "../../lib/mode";
import { ablationTable } from "./ablation";
import { noiseWarnings, tableRows } from "./report-text";
import { isNoisy, median, spread } from "./stats";
import { summarize } from "./summary";
import { run } from "./test-fixtures";

describe("bench statistics", () => {
  it("should take the middle value, or the mean of the two middle ones", () => {
    assert.equal(median([5, 1, 3]), 3);
    assert.equal(median([4, 1, 3, 2]), 2.5);
    assert.ok(Number.isNaN(median([])));
  });

  it("should ignore unknown values and call a range over half the median noisy", () => {
    assert.deepEqual(spread([3, null, 1, 2]), { median: 2, min: 1, max: 3, n: 3 });
    assert.equal(isNoisy(spread([100, 120, 140])), false);
    assert.equal(isNoisy(spread([100, 120, 200])), true);
    assert.equal(isNoisy(spread([100])), false);
  });

  it("should name every noisy timing in one warning, and none when runs agree", () => {
    const calm = summarize([run("naive", 1000), run("naive", 1100), run("optimized", 100), run("optimized", 110)], "/");
    assert.deepEqual(noiseWarnings(calm), []);
    const noisy = summarize([run("naive", 1000), run("naive", 1100), run("optimized", 100), run("optimized", 300)], "/");
    const warnings = noiseWarnings(noisy);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /Load time \(optimized\)/);
    assert.doesNotMatch(warnings[0]!, /Load time \(naive\)/);
  });

  it("should give the load-time ratio of the medians", () => {
    const rows = tableRows(summarize([run("naive", 4000), run("naive", 6000), run("optimized", 500), run("optimized", 500)], "/"));
    const load = rows.find((row) => row[0] === "Load time")!;
    assert.equal(load[5], "10.0x");
    assert.equal(load[3], "5.00 s (4.00 s–6.00 s)");
  });
});

describe("ablation ranking", () => {
  it("should rank techniques by the load time they save and say whether pagination leads", () => {
    const others = (t: string) => TECHNIQUES.filter((o) => o !== t).join(",");
    const baseline = [run("naive", 4000), run("optimized", 400)];
    const records = TECHNIQUES.flatMap((t) => {
      const weight = t === "thumbnails" ? 2000 : t === "pagination" ? 1500 : 100;
      return [run(t, 4000 - weight), run(others(t), 400 + weight / 10)];
    });
    const table = ablationTable(records, baseline);
    assert.equal(table.rows.length, TECHNIQUES.length);
    assert.match(table.rows[0]![0]!, /^1\. thumbnails$/);
    assert.match(table.rows[1]![0]!, /^2\. pagination$/);
    assert.match(table.verdict, /thumbnails saves the most load time, not pagination/);
    assert.match(table.verdict, /pagination ranks 2 of/);
  });
});

describe("ablation noise", () => {
  it("should call an effect smaller than the baselines' spread within noise", () => {
    const others = (t: string) => TECHNIQUES.filter((o) => o !== t).join(",");
    // Baselines spread by 400 ms (naive) and 200 ms (optimized): noise is 150 ms.
    const baseline = [run("naive", 3800), run("naive", 4200), run("optimized", 300), run("optimized", 500)];
    const records = TECHNIQUES.flatMap((t) => {
      const weight = t === "pagination" ? 2000 : 100;
      return [run(t, 4000 - weight), run(others(t), 400 + weight / 10)];
    });
    const table = ablationTable(records, baseline);
    assert.equal(table.rows[0]![5], "clear");
    assert.ok(table.rows.slice(1).every((row) => row[5] === "within noise"));
    assert.match(table.verdict, /Pagination saves the most load time here too/);
    assert.match(table.verdict, /within noise at this number of runs/);
  });
});
