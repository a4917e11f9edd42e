import { expect, test } from "@playwright/test";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** Runs one of the project's commands to its end and gives back its exit code and output. */
function runCommand(script: string, args: string[], timeoutMs: number): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", script, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

test.describe("the benchmark and the load test, end to end", () => {
  test.describe.configure({ timeout: 240_000 });
  let out: string;
  test.beforeAll(() => {
    out = mkdtempSync(path.join(tmpdir(), "fastblog-bench-"));
  });
  test.afterAll(() => rmSync(out, { recursive: true, force: true }));

  test("should measure both modes and write the JSON, Markdown and HTML reports", async ({ baseURL }) => {
    const { code, output } = await runCommand("scripts/bench.ts", ["--url", baseURL!, "--runs", "1", "--profile", "none", "--out", out], 200_000);
    expect(code, output).toBe(0);
    expect(output).toContain("Load time");
    expect(output).toMatch(/The benchmark took \d+ s/);
    for (const file of ["latest.json", "latest.md", "latest.html"]) expect(existsSync(path.join(out, file)), file).toBe(true);
    const report = JSON.parse(readFileSync(path.join(out, "latest.json"), "utf8")) as { runs: { mode: string; first: { loadMs: number; queries: number } }[]; machine: { browser: string } };
    expect(report.runs.map((r) => r.mode).sort()).toEqual(["naive", "optimized"]);
    for (const run of report.runs) {
      expect(run.first.loadMs).toBeGreaterThan(0);
      expect(Number.isInteger(run.first.queries)).toBe(true);
    }
    expect(report.machine.browser).toMatch(/\d+\./);
    const html = readFileSync(path.join(out, "latest.html"), "utf8");
    expect(html).toContain("<svg");
    expect(html).not.toMatch(/<(script|link)\b[^>]*(src|href)="http/);
  });

  test("should refuse an unknown option with exit code 2 and a clear message", async () => {
    const { code, output } = await runCommand("scripts/bench.ts", ["--profile", "dial-up"], 60_000);
    expect(code).toBe(2);
    expect(output).toContain('--profile must be one of none, cable, slow-4g; got "dial-up"');
  });

  test("should load both modes with no errors, timeouts or non-2xx answers", async ({ baseURL }) => {
    const json = path.join(out, "load.json");
    const { code, output } = await runCommand("scripts/loadtest.ts", ["--url", baseURL!, "--duration", "2", "--connections", "4", "--json", json], 120_000);
    expect(code, output).toBe(0);
    const { results } = JSON.parse(readFileSync(json, "utf8")) as { results: { mode: string; requests: number; errors: number; timeouts: number; non2xx: number }[] };
    expect(results.map((r) => r.mode)).toEqual(["naive", "optimized"]);
    for (const r of results) {
      expect(r.requests, r.mode).toBeGreaterThan(0);
      expect(r.errors + r.timeouts + r.non2xx, r.mode).toBe(0);
    }
  });
});
