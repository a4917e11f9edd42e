import { writeFileSync } from "node:fs";
import { log } from "../bench/report/progress";
import { alignedTable } from "../bench/report/table";
import type { LoadTestOptions } from "../bench/types/settings";
import { findCluster, type ClusterState } from "../cluster/state";
import { freePort, onStopSignals, signalExitCode, startScript } from "../run";
import { runVisits, summarizeVisits, visit, type Cache, type VisitSummary } from "./visits";
import { BrowserCache } from "./browser-cache";

/**
 * `npm run loadtest -- --cluster`: visits (./visits.ts) in each mode of --modes (naive and
 * optimized by default; cached too when asked), cold and warm, through the cluster's edge and directly against one of its instances. With --kill-one,
 * one instance is killed with SIGKILL half-way through each run through the edge: nginx sends
 * what it had in flight to another, the supervisor starts it again, and no visit may fail.
 */
type Target = "edge" | "direct";
type Row = { mode: string; target: Target; cache: Cache; summary: VisitSummary; killed: string | null };

type Cluster = { url: string; state: () => ClusterState; stop: () => Promise<void> };

/** The cluster at --url (its state file says where its instances are), or one started for the run. */
async function provideCluster(options: LoadTestOptions): Promise<Cluster> {
  if (options.url) {
    const port = Number(new URL(options.url).port || 80);
    const state = () => findCluster(port) ?? fail(`No cluster started by \`npm run cluster\` listens on port ${port}.`);
    state();
    return { url: options.url, state, stop: async () => undefined };
  }
  const port = await freePort();
  const db = options.database.url ? ["--database-url", options.database.url] : ["--db", options.database.kind];
  log(`Starting a cluster (npm run cluster ${db.join(" ")}) on port ${port}…`);
  const running = startScript("scripts/cluster.ts", db, { ...process.env, PORT: String(port) });
  const stop = async () => {
    running.kill("SIGTERM");
    await running.exited;
  };
  onStopSignals((signal) => void stop().finally(() => process.exit(signalExitCode(signal))));
  await running.waitFor(/fastblog cluster on http/, 900_000).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return { url: `http://127.0.0.1:${port}`, state: () => findCluster(port) ?? fail("The cluster's state file is gone."), stop };
}

function fail(message: string): never {
  throw new Error(message);
}

/** SIGKILLs the first instance half-way through the run; says which process it killed. */
function killHalfWay(cluster: Cluster, durationMs: number): { done: () => string | null } {
  let killed: string | null = null;
  const timer = setTimeout(() => {
    const instance = cluster.state().instances[0]!;
    if (instance.pid === null) return;
    process.kill(instance.pid, "SIGKILL");
    killed = `${instance.name} (pid ${instance.pid})`;
    log(`Killed ${killed} with SIGKILL.`);
  }, durationMs / 2);
  return {
    done: () => {
      clearTimeout(timer);
      return killed;
    },
  };
}

async function measure(cluster: Cluster, options: LoadTestOptions): Promise<Row[]> {
  const rows: Row[] = [];
  const state = cluster.state();
  if (options.killOne && state.instances.length < 2) throw new Error("--kill-one needs a cluster of at least 2 instances.");
  // Directly against the last instance, which --kill-one leaves alone.
  const direct = `http://127.0.0.1:${state.instances.at(-1)!.port}`;
  for (const mode of options.modes) {
    for (const [target, base] of [
      ["edge", cluster.url],
      ["direct", direct],
    ] as const) {
      // The first visit fills the edge and the thumbnail cache: the runs measure them warm.
      await visit(`${base}${options.path}`, mode, new BrowserCache());
      for (const cache of ["cold", "warm"] as const) {
        log(`${mode}, ${target}, ${cache}: ${options.connections} visitors for ${options.duration} s…`);
        const kill = options.killOne && target === "edge" ? killHalfWay(cluster, options.duration * 1000) : null;
        const load = { base, path: options.path, mode, cache, visitors: options.connections, durationMs: options.duration * 1000 };
        const { visits, elapsedMs } = await runVisits(load);
        rows.push({ mode, target, cache, summary: summarizeVisits(visits, elapsedMs), killed: kill?.done() ?? null });
      }
    }
  }
  return rows;
}

function report(options: LoadTestOptions, rows: Row[]): number {
  const head = [
    "mode",
    "via",
    "cache",
    "visits/s",
    "p50",
    "p99",
    "slowest",
    "visits",
    "failed",
    "requests/visit",
    "reached app/visit",
    "killed",
  ];
  const table = rows.map(({ mode, target, cache, summary: s, killed }) => [
    mode,
    target,
    cache,
    s.visitsPerSecond.toFixed(2),
    `${Math.round(s.p50)} ms`,
    `${Math.round(s.p99)} ms`,
    `${Math.round(s.slowest)} ms`,
    String(s.visits),
    String(s.failedVisits),
    s.requestsPerVisit.toFixed(1),
    s.appRequestsPerVisit.toFixed(1),
    killed ?? "",
  ]);
  console.log(`\n${options.connections} visitors, ${options.duration} s a run, page ${options.path}:\n\n${alignedTable(head, table)}`);
  if (options.json) writeFileSync(options.json, JSON.stringify({ options, rows }, null, 2));
  const failed = rows.filter((r) => r.summary.failedVisits > 0);
  for (const r of failed)
    console.error(`${r.mode} ${r.target} ${r.cache}: ${r.summary.failedVisits} failed visits; first: ${r.summary.firstFailure}`);
  return failed.length > 0 ? 1 : 0;
}

export async function runClusterLoad(options: LoadTestOptions): Promise<number> {
  const cluster = await provideCluster(options);
  try {
    return report(options, await measure(cluster, options));
  } finally {
    await cluster.stop();
  }
}
