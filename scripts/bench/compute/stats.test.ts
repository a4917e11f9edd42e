import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isNoisy, median, spread } from "./stats";

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
});
