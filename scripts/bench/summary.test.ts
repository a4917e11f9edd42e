import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { medianRun } from "./report-model";
import { fewRunsWarnings, noiseWarnings, stallWarnings, tableRows } from "./report-text";
import { formatMs, isNoisy, median, spread } from "./stats";
import { summarize } from "./summary";
import { request, run } from "./test-fixtures";

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

  it("should write negative durations of a second or more in seconds", () => {
    assert.equal(formatMs(-1500), "-1.50 s");
    assert.equal(formatMs(-46), "-46 ms");
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

  it("should say that the spread cannot be judged below three runs a mode", () => {
    assert.match(fewRunsWarnings(1)[0]!, /With 1 run a mode, how much the timings vary cannot be judged/);
    assert.match(fewRunsWarnings(2)[0]!, /With 2 runs a mode/);
    assert.deepEqual(fewRunsWarnings(3), []);
  });

  it("should say how many loads stalled and were measured again", () => {
    assert.deepEqual(stallWarnings([{ stalls: 0 }, { stalls: 0 }]), []);
    assert.match(stallWarnings([{ stalls: 1 }, { stalls: 0 }])[0]!, /^1 load stalled .* was measured again/);
    assert.match(stallWarnings([{ stalls: 2 }, { stalls: 1 }])[0]!, /^3 loads stalled .* were measured again/);
  });

  it("should give the load-time ratio of the medians", () => {
    const rows = tableRows(summarize([run("naive", 4000), run("naive", 6000), run("optimized", 500), run("optimized", 500)], "/"));
    const load = rows.find((row) => row[0] === "Load time")!;
    assert.equal(load[5], "10.0x");
    assert.equal(load[3], "5.00 s (4.00 s–6.00 s)");
  });

  it("should show compression and caching as a part of a whole", () => {
    const html = { ...request(0, 10, 5000, "html", 1), encoding: "br", cacheControl: "no-cache" };
    const image = { ...request(10, 20, 5000, "image"), cacheControl: "public, max-age=31536000, immutable" };
    const plain = request(0, 10, 5000, "html", 1);
    const rows = tableRows(summarize([run("naive", 1000, [plain]), run("optimized", 100, [html, image])], "/"));
    assert.deepEqual(rows.find((row) => row[0] === "Compressible text responses compressed")!.slice(3, 5), ["0 of 1", "1 of 1"]);
    assert.deepEqual(rows.find((row) => row[0] === "Responses cached a day or more")!.slice(3, 5), ["0 of 1", "1 of 2"]);
  });
});

describe("the run a waterfall shows", () => {
  it("should be the run whose load time is the median with an odd number of runs", () => {
    const runs = [run("naive", 300, undefined, 1), run("naive", 100, undefined, 2), run("naive", 200, undefined, 3)];
    assert.equal(medianRun(runs).run, 3);
  });

  it("should be the earlier of the runs closest to the median with an even number of runs", () => {
    const runs = [run("naive", 400, undefined, 1), run("naive", 100, undefined, 2), run("naive", 190, undefined, 3), run("naive", 210, undefined, 4)];
    assert.equal(medianRun(runs).run, 3);
    assert.equal(medianRun([run("naive", 100, undefined, 1), run("naive", 300, undefined, 2)]).run, 1);
  });
});
