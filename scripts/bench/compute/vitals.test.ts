import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { cumulativeLayoutShift, totalBlockingTime } from "./vitals";

const shift = (startTime: number, value: number, hadRecentInput = false) => ({ startTime, value, hadRecentInput });

describe("Web Vitals from the page's own entries", () => {
  it("should take the largest session window of layout shifts, leaving out shifts after input", () => {
    assert.equal(cumulativeLayoutShift([]), 0);
    // Two windows: 0.1 + 0.2 within a second of each other, then 0.25 two seconds later.
    assert.equal(cumulativeLayoutShift([shift(100, 0.1), shift(900, 0.2), shift(2900, 0.25)]), 0.1 + 0.2);
    assert.equal(cumulativeLayoutShift([shift(100, 0.1), shift(200, 0.5, true)]), 0.1);
  });

  it("should close a session window after five seconds even while shifts keep coming", () => {
    const steady = Array.from({ length: 12 }, (_, i) => shift(i * 900, 0.1));
    // Windows start at 0 and at 5400 ms: six shifts each at most.
    assert.equal(Math.round(cumulativeLayoutShift(steady) * 10) / 10, 0.6);
  });

  it("should count each long task's time beyond 50 ms between first contentful paint and the end", () => {
    assert.equal(totalBlockingTime([], 100, 1000), 0);
    // 120 ms → 70 blocking; 40 ms → none; one from 50 to 170 is clipped at FCP 100 to 70 → 20.
    assert.equal(
      totalBlockingTime(
        [
          { startTime: 200, duration: 120 },
          { startTime: 400, duration: 40 },
          { startTime: 50, duration: 120 },
        ],
        100,
        1000,
      ),
      70 + 20,
    );
    // A task past the end counts only up to it.
    assert.equal(totalBlockingTime([{ startTime: 900, duration: 300 }], 100, 1000), 50);
  });
});
