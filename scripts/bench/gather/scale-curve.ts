import { parseServerTiming } from "../../../lib/contract/server-timing";
import { MODE_COOKIE } from "../../../lib/contract/mode";
import { NEWEST_FIRST } from "../../../lib/model/shapes";
import type { PrismaClient } from "../../../lib/generated/prisma/client";
import { formatCursor } from "../../../lib/contract/urls/blog";
import { createPrismaClient } from "../../../lib/db/prisma-client";
import { CURVE_ROUTES, PAGE_SIZES, type CurveRouteSpec } from "../config/curve-routes";
import type { DatabaseOptions } from "../types/settings";
import type { CurveRoute, CurveSample, ScaleRun } from "../types/artifacts";
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

function pageHref(path: string, page: number, cursor?: string): string {
  if (page === 1) return path;
  return cursor ? `${path}?page=${page}&after=${cursor}` : `${path}?page=${page}`;
}

/**
 * A route's address in each mode at this scale. A deep page is the optimized page `deepPage`
 * (or the last full one, when there are fewer), reached as its Next link reaches it, with the cursor of
 * the article before it; naive measures its own page that holds the same articles.
 */
export async function resolveRoute(db: PrismaClient, spec: CurveRouteSpec): Promise<CurveRoute> {
  if (!spec.listing || spec.deepPage === null) return { name: spec.name, paths: { naive: spec.path, optimized: spec.path } };
  const count = await db.article.count({ where: spec.listing });
  // The last full page when there are fewer: a last page of 3 articles would make the small blog look fast.
  const page = Math.max(1, Math.min(spec.deepPage, Math.floor(count / PAGE_SIZES.optimized)));
  const offset = (page - 1) * PAGE_SIZES.optimized;
  const naivePage = Math.floor(offset / PAGE_SIZES.naive) + 1;
  if (page === 1) return { name: spec.name, paths: { naive: spec.path, optimized: spec.path } };
  const [before] = await db.article.findMany({
    where: spec.listing,
    orderBy: [...NEWEST_FIRST],
    skip: offset - 1,
    take: 1,
    select: { publishedAt: true, id: true },
  });
  return { name: spec.name, paths: { naive: pageHref(spec.path, naivePage), optimized: pageHref(spec.path, page, formatCursor(before!)) } };
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

/** Seeds a fresh database at `scale` (as `SEED_SCALE=N npm start` would), starts a server on it, and finds the routes' addresses. */
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
  const db = createPrismaClient({ instrumented: false });
  const [routes, articles, comments] = await Promise.all([
    Promise.all(CURVE_ROUTES.map((spec) => resolveRoute(db, spec))),
    db.article.count(),
    db.comment.count(),
  ]).finally(() => db.$disconnect());
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
