import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { medianRun } from "./summary";
import { run } from "./test-fixtures";

describe("the run a waterfall shows", () => {
  it("should be the run whose load time is the median with an odd number of runs", () => {
    const runs = [run("naive", 300, undefined, 1), run("naive", 100, undefined, 2), run("naive", 200, undefined, 3)];
    assert.equal(medianRun(runs).run, 3);
  });

  it("should be the earlier of the runs closest to the median with an even number of runs", () => {
    const runs = [
      run("naive", 400, undefined, 1),
      run("naive", 100, undefined, 2),
      run("naive", 190, undefined, 3),
      run("naive", 210, undefined, 4),
    ];
    assert.equal(medianRun(runs).run, 3);
    assert.equal(medianRun([run("naive", 100, undefined, 1), run("naive", 300, undefined, 2)]).run, 1);
  });
});
