/**
 * A load test: autocannon against a production server, in both modes, with a fixed number of
 * connections for a fixed time. It fails (exit 1) on any error, timeout or non-2xx answer.
 *
 *   npm run loadtest                                  20 connections, 15 s a mode, path /
 *   npm run loadtest -- --connections 50 --duration 30 --url http://localhost:3000 --json out.json
 *   npm run loadtest -- --db postgres --db-latency 1     on a throwaway PostgreSQL, 1 ms a round trip
 *   npm run loadtest -- --modes naive,optimized,cached   cached mode too
 *   npm run loadtest -- --cluster --kill-one             visits through nginx and directly (scripts/loadtest/)
 */
import autocannon from "autocannon";
import { writeFileSync } from "node:fs";
import { MODE_COOKIE } from "../lib/contract/mode";
import { LOADTEST_USAGE, parseLoadTestOptions } from "./bench/cli/loadtest-options";
import { checkDatabase } from "./bench/gather/database";
import { startBenchServer, stopOnSignals } from "./bench/gather/server";
import type { LoadTestOptions } from "./bench/types/settings";
import { databaseName } from "./bench/config/database";
import { log, Progress } from "./bench/report/progress";
import { alignedTable } from "./bench/report/table";
import { runClusterLoad } from "./loadtest/cluster-run";

type ModeResult = {
  mode: string;
  requestsPerSecond: number;
  p50: number;
  p97_5: number;
  p99: number;
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
};

/**
 * Seconds before autocannon gives up on an answer and counts a timeout. Naive pages under 20
 * connections have taken 7.8 s at p99 on a 2-core machine; a short limit would turn slow
 * answers into errors and cut the latency tail it is there to measure.
 */
const TIMEOUT_S = 60;

async function loadMode(base: string, options: LoadTestOptions, mode: string): Promise<ModeResult> {
  const headers = { cookie: `${MODE_COOKIE}=${mode}`, "accept-encoding": "gzip, deflate, br" };
  // Warm the mode first: the first requests of a mode compile and fill caches.
  await autocannon({ url: `${base}${options.path}`, connections: 2, amount: 20, headers });
  // A line a second with the answers so far, so a long run shows it is alive.
  let answers = 0;
  const progress = new Progress(options.duration);
  const ticker = setInterval(() => progress.step(`${mode}: ${answers} answers`), 1000);
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: `${base}${options.path}`, connections: options.connections, duration: options.duration, headers, timeout: TIMEOUT_S },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on("response", () => (answers += 1));
  }).finally(() => clearInterval(ticker));
  return {
    mode,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p97_5: result.latency.p97_5,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}

/** Prints both modes side by side, writes the JSON if asked, and gives the exit code: 1 on any error, timeout or non-2xx answer. */
function reportResults(options: LoadTestOptions, results: ModeResult[]): number {
  const database = options.url ? `the database of the server at ${options.url}` : databaseName(options.database);
  const head = ["mode", "req/s", "p50", "p97.5", "p99", "requests", "errors", "timeouts", "non-2xx"];
  const rows = results.map((r) => [
    r.mode,
    r.requestsPerSecond.toFixed(1),
    `${r.p50} ms`,
    `${r.p97_5} ms`,
    `${r.p99} ms`,
    ...[r.requests, r.errors, r.timeouts, r.non2xx].map(String),
  ]);
  console.log(
    `\n${options.connections} connections, ${options.duration} s a mode, timeout ${TIMEOUT_S} s a request, on ${database}:\n\n${alignedTable(head, rows)}`,
  );
  const rate = (mode: string) => results.find((r) => r.mode === mode)!.requestsPerSecond;
  const ratio = rate("optimized") / rate("naive");
  console.log(`\nOptimized serves ${ratio.toFixed(1)}x the requests per second of naive.`);
  const cachedRatio = options.modes.includes("cached") ? rate("cached") / rate("optimized") : null;
  if (cachedRatio !== null) console.log(`Cached serves ${cachedRatio.toFixed(1)}x the requests per second of optimized.`);
  if (options.json)
    writeFileSync(options.json, JSON.stringify({ options, database, timeoutSeconds: TIMEOUT_S, results, ratio, cachedRatio }, null, 2));
  const failed = results.filter((r) => r.errors + r.timeouts + r.non2xx > 0);
  for (const r of failed) console.error(`${r.mode}: ${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx answers.`);
  return failed.length > 0 ? 1 : 0;
}

async function main(): Promise<number> {
  const options = parseLoadTestOptions(process.argv.slice(2));
  if (options === "help") {
    console.log(LOADTEST_USAGE);
    return 0;
  }
  checkDatabase(options.database);
  // It measures throughput and latency, not load shedding: its own server lets every connection
  // wait for its turn, up to the request timeout, rather than answer 503 (docs/security.md, "Hostile clients and overload").
  process.env.PAGE_QUEUE ||= String(options.connections);
  process.env.PAGE_QUEUE_WAIT_MS ||= String(TIMEOUT_S * 1000);
  // Through the edge every visitor is one client (127.0.0.1), and after --kill-one all of them wait at one instance.
  if (options.cluster) {
    process.env.PAGE_QUEUE_PER_CLIENT ||= String(options.connections);
    return runClusterLoad(options);
  }
  stopOnSignals();
  const server = options.url ? null : await startBenchServer(log, options.database);
  const base = options.url ?? server!.url;
  try {
    const results: ModeResult[] = [];
    for (const mode of options.modes) {
      log(`${mode}: ${options.connections} connections for ${options.duration} s on ${options.path}, timeout ${TIMEOUT_S} s…`);
      results.push(await loadMode(base, options, mode));
    }
    return reportResults(options, results);
  } finally {
    await server?.stop();
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`npm run loadtest: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
