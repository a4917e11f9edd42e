import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { summarize } from "./summary";
import { run } from "./test-fixtures";
import { fewRunsWarnings, noiseWarnings, stallWarnings } from "./warnings";

describe("the reports' warnings", () => {
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
});
