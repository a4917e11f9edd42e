import { test } from "@playwright/test";
import { existsSync, readFileSync } from "node:fs";
import { continuousIntegration } from "../scripts/harness-settings";
import { missingParts } from "../scripts/cluster/binaries";
import { findCluster, processesOf, type ClusterState } from "../scripts/cluster/state";
import type { RunningProcess } from "../scripts/run";
import { runScript } from "./server-process";

/**
 * For a describe block that runs `npm run cluster`: skipped on a developer's machine without
 * nginx, redis-server or PostgreSQL, but failed under CI=true, where .ci/run installs them,
 * with the messages that name their packages. Call it first in the block.
 */
export function requireClusterParts({ postgres }: { postgres: boolean }): void {
  const missing = missingParts({ postgres });
  test.skip(missing.length > 0 && !continuousIntegration(), missing.join(" "));
  test.beforeAll(() => {
    if (missing.length > 0) throw new Error(`CI is set, so the cluster tests must run, not be skipped. ${missing.join(" ")}`);
  });
}

/** A cluster the test started: its supervisor, the URL of its edge, and its state file as it is now. */
export type TestCluster = { supervisor: RunningProcess; url: string; port: number; state: () => ClusterState };

/** How long a cluster may take to come up on 2 busy cores: PostgreSQL, the seed, the instances. */
export const CLUSTER_START_MS = 420_000;

/** Starts `npm run cluster` with these arguments on `port`, and waits until its edge listens. */
export async function startTestCluster(port: number, args: string[], env: Record<string, string> = {}): Promise<TestCluster> {
  const supervisor = runScript("scripts/cluster.ts", { PORT: String(port), ...env }, args);
  await supervisor.waitFor(/fastblog cluster on http/, CLUSTER_START_MS);
  const state = () => {
    const found = findCluster(port);
    if (!found) throw new Error(`No state file names the cluster on port ${port}:\n${supervisor.output()}`);
    return found;
  };
  return { supervisor, url: `http://127.0.0.1:${port}`, port, state };
}

/** Every process of a cluster, and its folders, as its state file names them. */
export function partsOf(state: ClusterState): { pids: number[]; folders: string[] } {
  return { pids: processesOf(state.root, state.postgres), folders: [state.root, state.postgres].filter((f): f is string => f !== null) };
}

/** Whether a process runs: not gone, and not a zombie waiting for a parent (in a container, PID 1 may never reap it). */
export function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
}

/** Waits until none of the processes runs and none of the folders exists; gives what is left at the deadline. */
export async function leftOver(parts: { pids: number[]; folders: string[] }, timeoutMs = 30_000): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  const left = () => [...parts.pids.filter(alive).map((pid) => `process ${pid}`), ...parts.folders.filter((dir) => existsSync(dir))];
  while (left().length > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
  return left();
}

/** SIGTERM to the supervisor, then its exit; SIGKILL to its group if it has not exited in time. */
export async function stopTestCluster(cluster: TestCluster | undefined): Promise<void> {
  if (!cluster) return;
  cluster.supervisor.child.kill("SIGTERM");
  const timer = setTimeout(() => cluster.supervisor.kill("SIGKILL"), 60_000);
  await cluster.supervisor.exited;
  clearTimeout(timer);
}
