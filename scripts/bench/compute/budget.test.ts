import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { LighthouseReport } from "../types/results";
import { checkBudget } from "./budget";
import { request, run } from "./test-fixtures";

// A page of 10,000 bytes of HTML and 20,000 of images in 3 requests, 4 queries, no duplicates.
const page = (number: number) =>
  run("optimized", 200, [request(0, 10, 10_000, "html", 1), request(10, 20, 10_000), request(10, 30, 10_000)], number);
const records = [page(1), page(2)];

describe("budgets", () => {
  it("should pass a page within every limit", () => {
    const result = checkBudget(
      "b.json",
      [{ mode: "optimized", resourceSizes: [{ resourceType: "total", budget: 30 }], queries: 4, duplicates: 0 }],
      records,
      null,
    );
    assert.deepEqual(result.overruns, []);
    assert.equal(result.checked, 6);
  });

  it("should name the figure, its value, the limit and the run of every overrun", () => {
    const result = checkBudget(
      "b.json",
      [
        {
          mode: "optimized",
          resourceSizes: [{ resourceType: "image", budget: 10 }],
          resourceCounts: [{ resourceType: "total", budget: 2 }],
          queries: 3,
        },
      ],
      records,
      null,
    );
    assert.deepEqual(
      result.overruns.map((o) => `${o.run}: ${o.figure} ${o.value} > ${o.limit}`),
      [
        "run 1: bytes (image) 20000 > 10240",
        "run 2: bytes (image) 20000 > 10240",
        "run 1: requests (total) 3 > 2",
        "run 2: requests (total) 3 > 2",
        "run 1: database queries 4 > 3",
        "run 2: database queries 4 > 3",
      ],
    );
  });

  it("should check a Lighthouse score on its median, and say so when Lighthouse did not run", () => {
    const entry = { mode: "optimized", lighthouse: { performance: 0.98 } };
    assert.match(checkBudget("b.json", [entry], records, null).notes[0]!, /not checked: run with --lighthouse/);
    const spread = { median: 0.95, min: 0.9, max: 0.99, n: 3 };
    const lighthouse = {
      preset: "mobile",
      runs: 3,
      route: "/",
      pages: [{ mode: "optimized", score: spread, metrics: {}, failing: [] }],
    } as unknown as LighthouseReport;
    const [overrun] = checkBudget("b.json", [entry], records, lighthouse).overruns;
    assert.deepEqual(
      [overrun!.figure, overrun!.value, overrun!.limit, overrun!.below, overrun!.run],
      ["Lighthouse performance score", 0.95, 0.98, true, "median of 3 Lighthouse runs (mobile)"],
    );
  });

  it("should say when a budget's mode or route was not measured", () => {
    assert.match(checkBudget("b.json", [{ mode: "naive", queries: 1 }], records, null).notes[0]!, /naive \/: not measured/);
  });
});
