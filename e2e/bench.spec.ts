import { expect, test } from "@playwright/test";
import validator from "@har-sdk/validator";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import net from "node:net";
import type { BenchJson } from "../scripts/bench/types/results";
import { runToEnd } from "../scripts/run";
import { requirePostgres } from "./postgres-support";

const tsx = (script: string, args: string[], timeoutMs: number) =>
  runToEnd(process.execPath, ["--import", "tsx", script, ...args], timeoutMs);

const readJson = <T>(file: string) => JSON.parse(readFileSync(file, "utf8")) as T;

/** The JSON report's own schema, as a user's tools would read it. */
function reportErrors(report: unknown): string {
  const ajv = new Ajv({ allErrors: true });
  addFormats.default(ajv);
  const validate = ajv.compile(readJson<object>("scripts/bench/report.schema.json"));
  return validate(report) ? "" : JSON.stringify(validate.errors, null, 1);
}

test.describe("the benchmark and the load test, end to end", () => {
  test.describe.configure({ timeout: 150_000 });
  let out: string;
  test.beforeAll(() => {
    out = mkdtempSync(path.join(tmpdir(), "fastblog-bench-"));
  });
  test.afterAll(() => rmSync(out, { recursive: true, force: true }));

  test("should check the build, seed and start its own server, measure both modes on cable and write the reports", async () => {
    const { code, output } = await runToEnd(
      "npm",
      ["run", "bench", "--", "--runs", "1", "--out", out, "--budget", "bench-budget.json", "--trace"],
      140_000,
    );
    expect(code, output).toBe(0);
    expect(output).toContain("The production build is up to date.");
    expect(output).toMatch(/Server started on port \d+/);
    expect(output).toMatch(/profile cable, 1366x768/);
    for (const metric of ["Load time", "Wait (TTFB)", "Database queries", "Page weight", "Repeat view: bytes"])
      expect(output).toContain(metric);
    expect(output).toMatch(/Compressible text responses compressed +\d+ of \d+ +\d+ of \d+/);
    expect(output).toMatch(
      /\/ naive +\d+ round trips, .* before load · floor .* on cable, .* on slow-4g · measured .* on cable, [\d.]+x its floor/,
    );
    expect(output).toMatch(
      /\/ optimized +\d+ round trips, .* before load · floor .* on cable, .* on slow-4g · measured .* on cable, [\d.]+x its floor/,
    );
    expect(output).toContain("how much the timings vary cannot be judged");
    expect(output).toMatch(/The benchmark took \d+ s/);
    for (const file of ["latest.json", "latest.md", "latest.html"]) expect(existsSync(path.join(out, file)), file).toBe(true);
    const report = JSON.parse(readFileSync(path.join(out, "latest.json"), "utf8")) as BenchJson;
    expect(report.profile.name).toBe("cable");
    expect(report.runs.map((r) => r.mode).sort()).toEqual(["naive", "optimized"]);
    for (const run of report.runs) {
      expect(run.first.loadMs).toBeGreaterThan(0);
      expect(run.first.ttfbMs).toBeGreaterThan(0);
      expect(Number.isInteger(run.first.queries)).toBe(true);
    }
    expect(report.floors.map((floor) => floor.mode).sort()).toEqual(["naive", "optimized"]);
    for (const floor of report.floors) expect(Object.keys(floor.floors).sort(), floor.mode).toEqual(["cable", "slow-4g"]);
    expect(report.machine.browser).toMatch(/\d+\./);
    expect(readFileSync(path.join(out, "latest.md"), "utf8")).toContain("## Physical floor");
    const html = readFileSync(path.join(out, "latest.html"), "utf8");
    expect(html).toContain("<svg");
    expect(html).toContain("Physical floor");
    expect(html).not.toMatch(/<(script|link)\b[^>]*(src|href)="http/);
  });

  test("should list where each mode's queries came from: naive's N+1s with their lines, and no finding for optimized", () => {
    const report = readJson<BenchJson>(path.join(out, "latest.json"));
    expect(report.queryFindings.map((q) => q.mode)).toEqual(["naive", "optimized"]);
    const [naive, optimized] = report.queryFindings;
    expect(naive!.withCallSite).toBe(naive!.queries);
    const nPlusOnes = naive!.findings.filter((f) => f.kind === "n-plus-one");
    expect(nPlusOnes.length).toBeGreaterThanOrEqual(3);
    expect(nPlusOnes.map((f) => f.callSite)).toContainEqual(expect.stringMatching(/^lib\/techniques\/eager-loading\.ts:\d+$/));
    expect(optimized!.findings).toEqual([]);
    const markdown = readFileSync(path.join(out, "latest.md"), "utf8");
    expect(markdown).toContain("## Where the queries came from");
    expect(markdown).toMatch(
      /\| n-plus-one \| 50 \| lib\/techniques\/eager-loading\.ts:\d+ \| eager-loading \(lib\/techniques\/eager-loading\.ts:\d+\) \|/,
    );
  });

  test("should keep the optimized page within the shipped budget, at --runs 1, for bytes, requests, queries and duplicates", () => {
    // The first test ran with --budget bench-budget.json; the Lighthouse limit needs --lighthouse and is only noted.
    const report = readJson<BenchJson>(path.join(out, "latest.json"));
    expect(report.budget!.file).toBe("bench-budget.json");
    expect(report.budget!.overruns).toEqual([]);
    expect(report.budget!.checked).toBe(10);
    expect(report.budget!.notes.join(" ")).toContain("the Lighthouse score limit (0.95) was not checked: run with --lighthouse");
    expect(readFileSync(path.join(out, "latest.md"), "utf8")).toContain(
      "Within budget: all 10 checks (each limit in each run) against bench-budget.json passed.",
    );
  });

  test("should write a JSON report that validates against its schema, with its version, time, commit and tool versions", () => {
    const report = readJson<BenchJson>(path.join(out, "latest.json"));
    expect(reportErrors(report)).toBe("");
    expect(report.schemaVersion).toBe(4);
    expect(report.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(report.versions).toMatchObject({ lighthouse: "12.2.3", node: process.version });
    expect(report.versions.next).toMatch(/^16\./);
    expect(report.versions.prisma).toMatch(/^6\.19\./);
    expect(report.versions.chromium).toBe(report.machine.browser);
    for (const run of report.runs) {
      expect(run.first.speedIndexMs, run.mode).toBeGreaterThan(0);
      expect(run.first.cls, run.mode).toBeGreaterThanOrEqual(0);
      expect(run.first.tbtMs, run.mode).toBeGreaterThanOrEqual(0);
    }
    expect(report.calibration).toHaveLength(1);
    expect(readFileSync(path.join(out, "latest.md"), "utf8")).toMatch(
      /optimized's DOMContentLoaded is -?[\d.]+ m?s after the calibration page's/,
    );
  });

  test("should show each mode's filmstrip on one grid of at least 8 frames, keep the frame times in the JSON, and stay under 2 MB", () => {
    const html = readFileSync(path.join(out, "latest.html"), "utf8");
    const frames = (mode: string) => html.match(new RegExp(`<div class="frame [^"]*"[^>]*data-mode="${mode}"`, "g")) ?? [];
    expect(frames("naive").length).toBeGreaterThanOrEqual(8);
    expect(frames("optimized").length).toBe(frames("naive").length);
    expect(html).toContain("url(data:image/webp;base64,");
    for (const mark of ["FCP", "load"]) expect(html.match(new RegExp(`<b>${mark} \\d`, "g")), mark).toHaveLength(2);
    expect(html).toContain("Visual progress");
    expect(statSync(path.join(out, "latest.html")).size).toBeLessThan(2 * 1024 * 1024);
    const report = readJson<BenchJson>(path.join(out, "latest.json"));
    for (const run of report.runs) {
      const times = run.filmstrip!.frames.map((f) => f.ms);
      expect(times[0], run.mode).toBe(0);
      expect(times, run.mode).toEqual([...times].sort((a, b) => a - b));
      expect(run.filmstrip!.frames.at(-1)!.visuallyComplete, run.mode).toBe(100);
      expect(run.filmstrip!.loadMs, run.mode).toBeGreaterThan(0);
    }
  });

  test("should export a HAR 1.2 of the median run of each mode that a HAR validator accepts, and a Chrome trace with --trace", async () => {
    const report = readJson<BenchJson>(path.join(out, "latest.json"));
    for (const mode of ["naive", "optimized"]) {
      expect(report.artifacts[`home-${mode} HAR`]).toBe(`home-${mode}.har`);
      const harValidator = new validator.HarValidator();
      const har = readJson<Parameters<typeof harValidator.verify>[0]>(path.join(out, `home-${mode}.har`));
      expect(await harValidator.verify(har)).toEqual([]);
      expect(har.log.version).toBe("1.2");
      const run = report.runs.find((r) => r.mode === mode)!;
      expect(har.log.entries.map((e) => e.request.url).sort()).toEqual(run.first.waterfall.map((r) => r.url).sort());
      const trace = readJson<{ traceEvents: { cat: string }[] }>(path.join(out, `home-${mode}.trace.json`));
      expect(trace.traceEvents.some((e) => e.cat.includes("devtools.timeline"))).toBe(true);
      expect(trace.traceEvents.some((e) => e.cat.includes("devtools.screenshot"))).toBe(true);
    }
    expect(existsSync(path.join(out, ".runs")), "the other runs' traces are removed").toBe(false);
  });

  test("should exit 1 naming the figure, its value, its limit and the run when a page is over its budget", async ({ baseURL }) => {
    const budget = path.join(out, "tight-budget.json");
    writeFileSync(budget, JSON.stringify([{ mode: "optimized", resourceSizes: [{ resourceType: "total", budget: 1 }], queries: 4 }]));
    const { code, output } = await tsx(
      "scripts/bench.ts",
      ["--url", baseURL!, "--runs", "1", "--profile", "none", "--budget", budget, "--out", path.join(out, "tight")],
      100_000,
    );
    expect(code, output).toBe(1);
    expect(output).toMatch(
      /Over budget \(.*tight-budget\.json\):\n {2}- optimized \/, run 1: bytes \(total\) is \d+ KB \([\d,]+ bytes\), over its budget of 1 KB \(1,024 bytes\)/,
    );
    expect(output).not.toContain("database queries is");
  });

  test("should refuse a budget file that does not match its schema, before measuring anything", async () => {
    const budget = path.join(out, "typo-budget.json");
    writeFileSync(budget, JSON.stringify([{ mode: "optimized", resourceSize: [] }]));
    const { code, output } = await tsx("scripts/bench.ts", ["--budget", budget], 60_000);
    expect(code).toBe(2);
    expect(output).toContain('/0 must NOT have additional properties: "resourceSize"');
    expect(output).not.toContain("Server started");
  });

  test("should compare two runs of the same build: same counts and bytes, timings within noise", async ({ baseURL }) => {
    const run = (dir: string, extra: string[]) =>
      tsx("scripts/bench.ts", ["--url", baseURL!, "--runs", "1", "--profile", "none", "--out", path.join(out, dir), ...extra], 100_000);
    expect((await run("old", [])).code).toBe(0);
    const { code, output } = await run("new", ["--compare", path.join(out, "old", "latest.json")]);
    expect(code, output).toBe(0);
    expect(output).toMatch(/Compared with .*old\/latest\.json/);
    const { comparison } = readJson<BenchJson>(path.join(out, "new", "latest.json"));
    const verdict = (mode: string, key: string) => comparison!.rows.find((r) => r.mode === mode && r.key === key)!.verdict;
    for (const mode of ["naive", "optimized"]) {
      for (const key of ["queries", "duplicates", "requests", "js"]) expect(verdict(mode, key), `${mode} ${key}`).toBe("same");
      const timings = comparison!.rows.filter((r) => r.mode === mode && r.unit === "ms");
      expect(timings.length, `${mode} timings compared`).toBeGreaterThan(0);
      expect(timings.filter((row) => row.verdict !== "within noise").map((row) => row.label)).toEqual([]);
    }
    expect(readFileSync(path.join(out, "new", "latest.html"), "utf8")).toContain("Old against new");
  });

  test("should run Lighthouse on both modes and the calibration page and report their scores and failed audits side by side", async ({
    baseURL,
  }) => {
    const dir = path.join(out, "lighthouse");
    const { code, output } = await tsx(
      "scripts/bench.ts",
      ["--url", baseURL!, "--runs", "1", "--profile", "none", "--lighthouse", "--lighthouse-runs", "1", "--out", dir],
      150_000,
    );
    expect(code, output).toBe(0);
    expect(output).toMatch(/Lighthouse mobile, \/ \(median of 1 run a page\)/);
    expect(output).toMatch(/Performance score +[\d.]+ +[\d.]+ +[\d.]+/);
    const report = readJson<BenchJson>(path.join(dir, "latest.json"));
    expect(reportErrors(report)).toBe("");
    expect(report.lighthouse!.pages.map((p) => p.mode).sort()).toEqual(["calibration", "naive", "optimized"]);
    for (const page of report.lighthouse!.pages) {
      expect(page.score.median, page.mode).toBeGreaterThan(0);
      expect(page.score.median, page.mode).toBeLessThanOrEqual(1);
    }
    // Byte audits do not drift: naive sends its text uncompressed, optimized compressed.
    const failed = (mode: string) => report.lighthouse!.pages.find((p) => p.mode === mode)!.failing.map((a) => a.id);
    expect(failed("naive")).toContain("uses-text-compression");
    expect(failed("naive")).toContain("uses-responsive-images");
    expect(failed("optimized")).not.toContain("uses-text-compression");
    expect(failed("optimized")).not.toContain("uses-responsive-images");
    for (const mode of ["naive", "optimized"]) expect(existsSync(path.join(dir, `lighthouse-${mode}.html`)), mode).toBe(true);
  });

  test("should exit 1 and say so when the speedup is below --assert-speedup", async ({ baseURL }) => {
    // Against the e2e server, unthrottled: this checks the exit code, not the timings.
    const { code, output } = await tsx(
      "scripts/bench.ts",
      ["--url", baseURL!, "--runs", "1", "--profile", "none", "--assert-speedup", "1000000", "--out", path.join(out, "assert")],
      100_000,
    );
    expect(code, output).toBe(1);
    expect(output).toMatch(/The median load-time ratio on \/ is [\d.]+x, below the required 1000000x\./);
  });

  test("should seed each scale of --scale-curve in turn and report every route's server time and queries in both modes", async () => {
    const { code, output } = await tsx(
      "scripts/bench.ts",
      ["--scale-curve", "1,2", "--runs", "1", "--out", path.join(out, "curve")],
      200_000,
    );
    expect(code, output).toBe(0);
    expect(output).toMatch(/Scale 2: 420 articles/);
    // A typed deep page looks its ids up first, by the weekly counts (a deferred join): one query more than its Next link's.
    for (const [reach, queries] of [
      ["cursor", 4],
      ["typed", 5],
    ] as const)
      expect(output).toMatch(new RegExp(`home, page 2,000 \\(${reach}\\) +optimized +\\d+ ms · ${queries} q +\\d+ ms · ${queries} q`));
    const { curve } = JSON.parse(readFileSync(path.join(out, "curve", "scale-curve.json"), "utf8")) as {
      curve: { scales: number[]; points: { route: string; mode: string; scale: number; queries: number }[]; verdicts: unknown[] };
    };
    expect(curve.scales).toEqual([1, 2]);
    expect(curve.points).toHaveLength(11 * 2 * 2);
    expect(curve.verdicts).toHaveLength(11);
    // Every optimized page asks the same queries at both scales; naive's home page lists the same 50 newest articles, with as many.
    const queries = (route: string, mode: string, scale: number) =>
      curve.points.find((p) => p.route === route && p.mode === mode && p.scale === scale)!.queries;
    for (const route of new Set(curve.points.map((p) => p.route)))
      expect(queries(route, "optimized", 2), route).toBe(queries(route, "optimized", 1));
    expect(queries("home", "naive", 2)).toBe(queries("home", "naive", 1));
    expect(readFileSync(path.join(out, "curve", "scale-curve.html"), "utf8")).toContain("<svg");
  });

  test("should refuse an unknown option with exit code 2 and a clear message", async () => {
    const { code, output } = await tsx("scripts/bench.ts", ["--profile", "dial-up"], 60_000);
    expect(code).toBe(2);
    expect(output).toContain('--profile must be one of none, cable, slow-4g; got "dial-up"');
  });

  test("should load both modes with no errors, timeouts or non-2xx answers", async ({ baseURL }) => {
    const json = path.join(out, "load.json");
    const { code, output } = await tsx(
      "scripts/loadtest.ts",
      ["--url", baseURL!, "--duration", "2", "--connections", "4", "--json", json],
      120_000,
    );
    expect(code, output).toBe(0);
    expect(output).toMatch(/timeout 60 s/);
    const { results } = JSON.parse(readFileSync(json, "utf8")) as {
      results: { mode: string; requests: number; errors: number; timeouts: number; non2xx: number }[];
    };
    expect(results.map((r) => r.mode)).toEqual(["naive", "optimized"]);
    for (const r of results) {
      expect(r.requests, r.mode).toBeGreaterThan(0);
      expect(r.errors + r.timeouts + r.non2xx, r.mode).toBe(0);
    }
  });
});

/** Whether anything still listens on a port of the loopback. */
const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" }, () => resolve(socket.destroy() !== undefined));
    socket.once("error", () => resolve(false));
  });

test.describe("the benchmark and the load test on PostgreSQL", () => {
  requirePostgres();
  test.describe.configure({ timeout: 200_000 });
  let out: string;
  test.beforeAll(() => {
    out = mkdtempSync(path.join(tmpdir(), "fastblog-bench-pg-"));
  });
  test.afterAll(() => rmSync(out, { recursive: true, force: true }));

  test("should measure on a throwaway PostgreSQL with 1 ms round trips, name it in every report, and stop it at the end", async () => {
    const { code, output } = await runToEnd(
      "npm",
      ["run", "bench", "--", "--db", "postgres", "--db-latency", "1", "--runs", "1", "--out", out],
      190_000,
    );
    expect(code, output).toBe(0);
    const port = Number(/PostgreSQL listens on port (\d+)/.exec(output)?.[1]);
    expect(output).toMatch(/Server started on port \d+, on PostgreSQL \+ 1 ms\./);
    expect(output).toMatch(/Optimized loads [\d.]+x faster on PostgreSQL \+ 1 ms:/);
    expect(readFileSync(path.join(out, "latest.md"), "utf8")).toMatch(
      /^# fastblog benchmark on PostgreSQL \+ 1 ms\n\n.* · database PostgreSQL \+ 1 ms · /,
    );
    expect(readFileSync(path.join(out, "latest.html"), "utf8")).toContain("<h1>fastblog: naive vs optimized, on PostgreSQL + 1 ms</h1>");
    const report = JSON.parse(readFileSync(path.join(out, "latest.json"), "utf8")) as BenchJson & { options: { database: unknown } };
    expect(report.options.database).toEqual({ kind: "postgres", url: null, latencyMs: 1 });
    expect(report.runs.find((r) => r.mode === "optimized")!.first.queries).toBeLessThanOrEqual(2);
    expect(await listening(port), "the cluster is stopped").toBe(false);
  });

  test("should load both modes on PostgreSQL with no errors, timeouts or non-2xx answers", async () => {
    const json = path.join(out, "load-pg.json");
    const { code, output } = await tsx(
      "scripts/loadtest.ts",
      ["--db", "postgres", "--duration", "2", "--connections", "4", "--json", json],
      180_000,
    );
    expect(code, output).toBe(0);
    expect(output).toMatch(/4 connections, 2 s a mode, timeout 60 s a request, on PostgreSQL:/);
    const { database, results } = JSON.parse(readFileSync(json, "utf8")) as {
      database: string;
      results: { mode: string; requests: number; errors: number; timeouts: number; non2xx: number }[];
    };
    expect(database).toBe("PostgreSQL");
    expect(results.map((r) => r.mode)).toEqual(["naive", "optimized"]);
    for (const r of results) expect([r.mode, r.errors + r.timeouts + r.non2xx]).toEqual([r.mode, 0]);
  });
});
