import { parseServerTiming } from "../../../lib/contract/server-timing";
import { MODE_COOKIE } from "../../../lib/contract/mode";
import { runToEnd } from "../../run";
import { CURVE_ROUTES } from "../config/curve-routes";
import type { CurveRoute, CurveSample, ScaleRun } from "../types/artifacts";
import type { DatabaseOptions } from "../types/settings";
import { resolveRoute } from "./curve-routes";
import { startBenchServer } from "./server";

/**
 * A page slower than 1 s is measured at most 5 times, and one slower than 10 s twice, not --runs
 * times: at scale 1000 a naive page takes seconds to a minute, and its runs differ little next
 * to that. The first that matches a page's time sets its runs.
 */
const SLOW_PAGES = [
  { overMs: 10_000, runs: 2 },
  { overMs: 1_000, runs: 5 },
] as const;
/** A warm request as slow as the first slow-page bound is the only one: a page that takes seconds is warm after one. */
const SLOW_MS = Math.min(...SLOW_PAGES.map((page) => page.overMs));
const TIMEOUT_MS = 300_000;
/** Requests per mode before a route is measured: a fresh server's first answers pay for compiling and caching, not for the data. */
const WARM_REQUESTS = 10;
/** Requests a server answers in a row before the next server's turn. */
const TURN = 5;

/**
 * How many articles and comments the database just seeded holds, from a script of fastblog's own
 * (scripts/database-sizes.ts) in a process of its own: the benchmark does not open the database.
 */
async function countRows(): Promise<{ articles: number; comments: number }> {
  // The script reads DATABASE_URL from this process's environment, where startBenchServer set it.
  const { code, output } = await runToEnd(process.execPath, ["--import", "tsx", "scripts/database-sizes.ts"], TIMEOUT_MS);
  const line = output.trim().split("\n").at(-1) ?? "";
  if (code !== 0 || !line.startsWith("{")) throw new Error(`scripts/database-sizes.ts failed:\n${output}`);
  return JSON.parse(line) as { articles: number; comments: number };
}

async function serverTime(base: string, path: string, mode: "naive" | "optimized"): Promise<{ totalMs: number; queries: number }> {
  const response = await fetch(`${base}${path}`, {
    headers: { Cookie: `${MODE_COOKIE}=${mode}` },
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  await response.arrayBuffer();
  const figures = parseServerTiming(response.headers.get("server-timing"));
  if (response.status !== 200 || !figures)
    throw new Error(`${path} in ${mode} mode answered ${response.status}${figures ? "" : " without Server-Timing"}.`);
  return { totalMs: figures.totalMs, queries: figures.queries };
}

/** A server on a database seeded at one scale, with the curve's routes resolved on it. */
type ScaleServer = { scale: number; url: string; routes: CurveRoute[]; preparedSeconds: number; articles: number; comments: number };

/**
 * Seeds a fresh database at `scale` (as `SEED_SCALE=N npm start` would), starts a server on it,
 * counts its rows, and finds the routes' addresses through the server, as a reader would.
 */
async function serveScale(
  scale: number,
  database: DatabaseOptions,
  log: (message: string) => void,
  stops: (() => Promise<void>)[],
): Promise<ScaleServer> {
  log(`Scale ${scale}: seeding ${scale} times the articles and comments, then starting a server…`);
  const started = performance.now();
  process.env.SEED_SCALE = String(scale);
  const server = await startBenchServer(log, database);
  stops.push(server.stop);
  const preparedSeconds = (performance.now() - started) / 1000;
  const { articles, comments } = await countRows();
  const routes: CurveRoute[] = [];
  for (const spec of CURVE_ROUTES) routes.push(await resolveRoute(server.url, spec));
  log(`Scale ${scale}: ${articles.toLocaleString("en")} articles, ${comments.toLocaleString("en")} comments.`);
  return { scale, url: server.url, routes, preparedSeconds, articles, comments };
}

/**
 * Every route in optimized mode, then every route in naive mode. Each route is warmed on every
 * server with a few requests (one, for a slow page), then asked `runs` times of each server,
 * the servers taking turns, a few requests each (`TURN`), in an order turned around every other
 * turn: whatever else the machine does in the meantime weighs on every scale alike, and only a
 * turn's first request finds the processor's caches full of another server. Optimized goes
 * first: at scale a naive page loads whole tables into its server's heap, and collecting that
 * garbage would be timed in the pages after it. `onSample` learns with each sample how many runs
 * a slow page will not take.
 */
async function measureInTurns(
  servers: ScaleServer[],
  runs: number,
  onSample: (s: CurveSample, skipped: number) => void,
): Promise<CurveSample[]> {
  const samples: CurveSample[] = [];
  for (const mode of ["optimized", "naive"] as const) {
    for (const [r, spec] of CURVE_ROUTES.entries()) {
      for (const { url, routes } of servers) {
        for (let warm = 0; warm < WARM_REQUESTS; warm += 1) {
          if ((await serverTime(url, routes[r]!.paths[mode], mode)).totalMs > SLOW_MS) break;
        }
      }
      const taken = servers.map(() => 0);
      const wanted = servers.map(() => runs);
      for (let turn = 0; taken.some((count, k) => count < wanted[k]!); turn += 1) {
        const order = servers.map((_, k) => k);
        for (const k of turn % 2 ? order.reverse() : order) {
          for (let request = 0; request < TURN && taken[k]! < wanted[k]!; request += 1) {
            const { scale, url, routes } = servers[k]!;
            const path = routes[r]!.paths[mode];
            const sample = { scale, route: spec.name, mode, path, ...(await serverTime(url, path, mode)) };
            taken[k] = taken[k]! + 1;
            const slow = SLOW_PAGES.find((page) => sample.totalMs > page.overMs);
            const cut = slow ? Math.max(wanted[k]! - Math.max(taken[k]!, slow.runs), 0) : 0;
            wanted[k] = wanted[k]! - cut;
            samples.push(sample);
            onSample(sample, cut);
          }
        }
      }
    }
  }
  return samples;
}

/**
 * Seeds a fresh database at each scale and starts a server on each, all side by side, then
 * measures every route's server time and queries from its Server-Timing header, asking the
 * servers in turn (`measureInTurns`). --database-url cannot hold several scales at once, so the
 * options refuse it with more than one.
 */
export async function gatherScaleCurve(
  scales: number[],
  runs: number,
  database: DatabaseOptions,
  log: (message: string) => void,
  onSample: (s: CurveSample, skipped: number) => void,
): Promise<ScaleRun[]> {
  const stops: (() => Promise<void>)[] = [];
  try {
    const servers: ScaleServer[] = [];
    for (const scale of scales) servers.push(await serveScale(scale, database, log, stops));
    log(`Measuring ${CURVE_ROUTES.length} routes on ${servers.length} servers in turn, optimized first…`);
    const samples = await measureInTurns(servers, runs, onSample);
    return servers.map(({ scale, preparedSeconds, articles, comments }) => ({
      scale,
      preparedSeconds,
      articles,
      comments,
      samples: samples.filter((sample) => sample.scale === scale),
    }));
  } finally {
    for (const stop of stops.reverse()) await stop();
  }
}
