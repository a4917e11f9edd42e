import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { CurveSample } from "../types/artifacts";
import { computeScaleCurve } from "./scale-curve";

const sample = (scale: number, mode: "naive" | "optimized", totalMs: number): CurveSample => ({
  scale,
  route: "home",
  mode,
  path: "/",
  totalMs,
  queries: mode === "naive" ? 172 : 4,
});

describe("computeScaleCurve", () => {
  const gathered = [
    {
      scale: 1,
      preparedSeconds: 15,
      articles: 210,
      comments: 2985,
      samples: [
        sample(1, "naive", 150),
        sample(1, "naive", 160),
        sample(1, "optimized", 20),
        sample(1, "optimized", 22),
        sample(1, "optimized", 18),
      ],
    },
    {
      scale: 100,
      preparedSeconds: 40,
      articles: 21000,
      comments: 298500,
      samples: [sample(100, "naive", 2200), sample(100, "optimized", 24), sample(100, "optimized", 21), sample(100, "optimized", 40)],
    },
  ];

  it("should take each route and mode's median, as a multiple of the first scale's", () => {
    const curve = computeScaleCurve(gathered, "SQLite");
    const point = curve.points.find((p) => p.scale === 100 && p.mode === "optimized")!;
    assert.equal(point.medianMs, 24);
    assert.equal(point.runs, 3);
    assert.equal(point.ratioToFirst, 24 / 20);
    assert.equal(curve.points.find((p) => p.scale === 100 && p.mode === "naive")!.ratioToFirst, 2200 / 155);
    assert.deepEqual(curve.sizes[100], { articles: 21000, comments: 298500 });
    assert.equal(curve.database, "SQLite");
  });

  it("should call a route flat only when optimized stays within 1.25x at every scale", () => {
    assert.deepEqual(computeScaleCurve(gathered, "SQLite").verdicts, [{ route: "home", worstRatio: 1.2, atScale: 100, flat: true }]);
    const slower = [gathered[0]!, { ...gathered[1]!, samples: [sample(100, "optimized", 26)] }];
    assert.equal(computeScaleCurve(slower, "SQLite").verdicts[0]!.flat, false);
  });
});
