import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { mannWhitneyP, smallestP } from "./mann-whitney";

const near = (actual: number, expected: number, tolerance = 1e-3) =>
  assert.ok(Math.abs(actual - expected) < tolerance, `${actual} is not within ${tolerance} of ${expected}`);

describe("the Mann-Whitney U test", () => {
  it("should give the exact two-sided p of two samples that do not overlap", () => {
    // 5 against 5, fully apart: 2 of the 252 splits are as extreme.
    near(mannWhitneyP([1, 2, 3, 4, 5], [6, 7, 8, 9, 10]), 2 / 252);
    near(mannWhitneyP([6, 7, 8, 9, 10], [1, 2, 3, 4, 5]), 2 / 252);
    assert.equal(smallestP(5, 5), 2 / 252);
    // 3 against 3 can never go below 0.1.
    near(mannWhitneyP([1, 2, 3], [4, 5, 6]), 0.1);
  });

  it("should agree with SciPy's exact test on samples that overlap", () => {
    // scipy.stats.mannwhitneyu(x, y, method="exact").pvalue = 0.135911
    const x = [1.83, 0.5, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.3];
    const y = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.07, 3.14, 1.28];
    near(mannWhitneyP(x, y), 0.135911);
  });

  it("should give 1 for identical samples, and treat ties with mid-ranks", () => {
    assert.equal(mannWhitneyP([4, 4, 4], [4, 4, 4]), 1);
    assert.equal(mannWhitneyP([], [1]), 1);
    // Ties across the samples: the split into [1,2,2] and [2,3,3] is not extreme.
    assert.ok(mannWhitneyP([1, 2, 2], [2, 3, 3]) > 0.1);
  });

  it("should use the normal approximation for large samples and still find a clear shift", () => {
    const a = Array.from({ length: 30 }, (_, i) => 100 + i);
    const b = Array.from({ length: 30 }, (_, i) => 120 + i);
    assert.ok(mannWhitneyP(a, b) < 0.001);
    const same = Array.from({ length: 30 }, (_, i) => 100 + (i % 7));
    assert.ok(mannWhitneyP(same, [...same].reverse()) > 0.9);
  });
});
