import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { run } from "./test-fixtures";
import { differences, filmstripOf, frameGrid, gridEnd, progressCurve } from "./filmstrip";

const frames = [
  { ms: 0, visuallyComplete: 0 },
  { ms: 140, visuallyComplete: 0 },
  { ms: 260, visuallyComplete: 60 },
  { ms: 300, visuallyComplete: 60 },
  { ms: 410, visuallyComplete: 100 },
];

describe("the filmstrip's grid", () => {
  it("should show at each step the last frame on screen at or before it", () => {
    assert.deepEqual(
      frameGrid(frames, 500, 100).map((s) => [s.ms, s.frame, s.visuallyComplete]),
      [
        [0, 0, 0],
        [100, 0, 0],
        [200, 1, 0],
        [300, 3, 60],
        [400, 3, 60],
        [500, 4, 100],
      ],
    );
  });

  it("should end on the step at or after the later of the two loads' last frame and load event", () => {
    assert.equal(gridEnd([{ frames, fcpMs: null, lcpMs: null, loadMs: 380 }], 100), 500);
    assert.equal(
      gridEnd(
        [
          { frames, fcpMs: null, lcpMs: null, loadMs: 380 },
          { frames: frames.slice(0, 1), fcpMs: 50, lcpMs: 50, loadMs: 1210 },
        ],
        100,
      ),
      1300,
    );
  });

  it("should mark the steps where the two modes are not equally visually complete", () => {
    const slow = frameGrid(frames, 500, 100);
    const fast = frameGrid(
      [
        { ms: 0, visuallyComplete: 0 },
        { ms: 90, visuallyComplete: 100 },
      ],
      500,
      100,
    );
    assert.deepEqual(differences(slow, fast), [false, true, true, true, true, false]);
  });

  it("should stack the two median runs on one grid, naive first, and give none when a run has no frames", () => {
    const naive = { ...run("naive", 400), filmstrip: { frames, fcpMs: 260, lcpMs: 410, loadMs: 380 } };
    const optimized = { ...run("optimized", 100), filmstrip: { frames: frames.slice(0, 3), fcpMs: 260, lcpMs: 260, loadMs: 90 } };
    const filmstrip = filmstripOf("/", [naive, optimized])!;
    assert.deepEqual(
      filmstrip.rows.map((r) => [r.mode, r.slots.length, r.firstChangeMs, r.completeMs]),
      [
        ["naive", 6, 260, 410],
        ["optimized", 6, 260, null],
      ],
    );
    assert.equal(filmstrip.endMs, 500);
    assert.equal(filmstripOf("/", [naive, run("optimized", 100)]), null);
  });
});

describe("the visual-progress curve", () => {
  it("should step from 0 at navigation start to each new level of completeness, once each", () => {
    assert.deepEqual(progressCurve(frames), [
      { ms: 0, visuallyComplete: 0 },
      { ms: 260, visuallyComplete: 60 },
      { ms: 410, visuallyComplete: 100 },
    ]);
  });
});
