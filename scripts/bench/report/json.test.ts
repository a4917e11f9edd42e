import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { run } from "../compute/test-fixtures";
import { parseBenchOptions } from "../cli/options";
import type { BenchOptions } from "../types/settings";
import type { Measured } from "../types/artifacts";
import { computeResult } from "../compute/result";
import { jsonReport } from "./json";

const schema = JSON.parse(readFileSync(new URL("../report.schema.json", import.meta.url), "utf8")) as object;
const ajv = new Ajv({ allErrors: true });
addFormats.default(ajv);
const validate = ajv.compile(schema);

const options: BenchOptions = { ...(parseBenchOptions([]) as BenchOptions), runs: 2 };
const machine = { os: "linux", cpu: "2 × x", memoryGiB: 24, node: "v20", browser: "156.0" };
const provenance = {
  commit: "0".repeat(40),
  dirty: false,
  versions: { node: "v20", next: "16", prisma: "6", chromium: "156", lighthouse: "12.2.3", playwright: "1" },
};

async function report(measured: Measured): Promise<object> {
  const result = await computeResult(options, measured, machine, provenance, {
    budget: { file: "b.json", entries: [{ mode: "optimized", queries: 3 }] },
    compare: null,
  });
  return JSON.parse(JSON.stringify(jsonReport(result, { "home-optimized HAR": "home-optimized.har" }))) as object;
}

describe("the JSON report's schema", () => {
  const measured: Measured = {
    queryFindings: [
      {
        route: "/",
        mode: "naive",
        queries: 172,
        withCallSite: 172,
        findings: [
          {
            kind: "n-plus-one",
            count: 50,
            durationMs: 12.5,
            callSite: "lib/techniques/eager-loading.ts:49",
            sql: "SELECT 1",
            technique: { name: "eager-loading", fix: "lib/techniques/eager-loading.ts:92" },
            suggestion: "Author by id, once per Article.",
          },
        ],
      },
      { route: "/", mode: "optimized", queries: 4, withCallSite: 4, findings: [] },
    ],
    records: [
      {
        ...run("naive", 1000, undefined, 1),
        filmstrip: { frames: [{ ms: 0, visuallyComplete: 0 }], fcpMs: null, lcpMs: null, loadMs: 900 },
      },
      {
        ...run("optimized", 200, undefined, 1),
        filmstrip: { frames: [{ ms: 0, visuallyComplete: 0 }], fcpMs: 90, lcpMs: 95, loadMs: 180 },
      },
      run("naive", 1100, undefined, 2),
      run("optimized", 210, undefined, 2),
    ],
    ablation: [],
    calibration: [{ run: 1, first: (({ waterfall: _w, ...rest }) => rest)(run("optimized", 90).first) }],
    lighthouse: [],
    screenshots: [],
  };

  it("should accept what the benchmark writes, budget, calibration and filmstrip frames included", async () => {
    assert.ok(validate(await report(measured)), JSON.stringify(validate.errors, null, 1));
  });

  it("should refuse a report with a field the schema does not describe, or one missing", async () => {
    assert.equal(validate({ ...(await report(measured)), surprise: 1 }), false);
    const { versions: _v, ...withoutVersions } = (await report(measured)) as Record<string, unknown>;
    assert.equal(validate(withoutVersions), false);
  });
});
