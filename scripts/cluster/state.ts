import { existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { isRunning } from "../run";

/**
 * What a running cluster leaves on disk so that nothing of it outlives its supervisor, even one
 * killed with SIGKILL, which no handler sees: `.cluster/<supervisor pid>.json` names the cluster's
 * temporary folder. Every process the cluster starts (PostgreSQL, Redis, nginx, the instances,
 * and whatever they fork) has that folder in its environment as FASTBLOG_CLUSTER_ROOT. The next
 * `npm run cluster` finds the files of supervisors that are gone, kills every process whose
 * environment carries their folder, and deletes the folders. Linux only: it reads /proc.
 */
export const STATE_DIR = path.resolve(".cluster");
export const ROOT_MARK = "FASTBLOG_CLUSTER_ROOT";

export type ClusterState = {
  supervisor: number;
  root: string;
  postgres: string | null;
  /** Where nginx listens, once it does. */
  port: number | null;
  /** The app instances, with the process of each as it now runs (a restart changes it). */
  instances: { name: string; port: number; pid: number | null }[];
};

const stateFile = (pid: number) => path.join(STATE_DIR, `${pid}.json`);

export function writeState(state: ClusterState): void {
  mkdirSync(STATE_DIR, { recursive: true });
  writeFileSync(stateFile(state.supervisor), JSON.stringify(state));
}

export function removeState(pid = process.pid): void {
  rmSync(stateFile(pid), { force: true });
}

/** A process's file under /proc as text, or "" when it is gone or another user's. */
function procText(pid: string, file: string): string {
  try {
    return file === "cwd" ? readlinkSync(`/proc/${pid}/cwd`) : readFileSync(`/proc/${pid}/${file}`, "latin1");
  } catch {
    return "";
  }
}

/**
 * Every process of the cluster whose folder is `root` (and PostgreSQL's folder, when it has one):
 * those whose environment carries the mark, or whose command line or working folder is inside
 * one of the folders (nginx and Redis write their process title over their environment, but
 * nginx's names its `-p` folder and Redis works in its `--dir`), and everything they started.
 */
export function processesOf(root: string, postgres: string | null = null): number[] {
  const mark = `\0${ROOT_MARK}=${root}\0`;
  const folders = [root, postgres].filter((dir): dir is string => dir !== null);
  const parents = new Map<string, string>();
  const found = new Set<string>();
  for (const pid of readdirSync("/proc").filter((entry) => /^\d+$/.test(entry) && entry !== String(process.pid))) {
    // The parent is the field after the command's name, which is in parentheses and may hold spaces.
    const stat = procText(pid, "stat");
    parents.set(pid, stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1] ?? "");
    const own = `\0${procText(pid, "environ")}`.includes(mark);
    if (own || folders.some((dir) => procText(pid, "cmdline").includes(dir) || procText(pid, "cwd").startsWith(dir))) found.add(pid);
  }
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, parent] of parents)
      if (!found.has(pid) && found.has(parent)) {
        found.add(pid);
        grew = true;
      }
  }
  return [...found].map(Number);
}

/** Whether `pid` is a cluster supervisor still running (and not another program that was given its id since). */
function supervisorRunning(pid: number): boolean {
  if (!isRunning(pid)) return false;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("cluster");
  } catch {
    return false;
  }
}

/** Stops what supervisors that are gone left running, and deletes their folders; returns how many processes it killed. */
export function sweepLeftovers(log: (message: string) => void): number {
  if (!existsSync(STATE_DIR)) return 0;
  let killed = 0;
  for (const file of readdirSync(STATE_DIR).filter((name) => /^\d+\.json$/.test(name))) {
    const state = JSON.parse(readFileSync(path.join(STATE_DIR, file), "utf8")) as ClusterState;
    if (supervisorRunning(state.supervisor)) continue;
    const pids = processesOf(state.root, state.postgres);
    for (const pid of pids) {
      try {
        process.kill(pid, "SIGKILL");
        killed += 1;
      } catch {
        // Already gone.
      }
    }
    if (pids.length > 0)
      log(`Stopped ${pids.length} processes a cluster stopped with SIGKILL left running (supervisor ${state.supervisor}).`);
    for (const dir of [state.root, state.postgres]) if (dir) rmSync(dir, { recursive: true, force: true });
    rmSync(path.join(STATE_DIR, file), { force: true });
  }
  return killed;
}

/** The running cluster whose nginx listens on `port`, from its state file; null when there is none. */
export function findCluster(port: number): ClusterState | null {
  if (!existsSync(STATE_DIR)) return null;
  for (const file of readdirSync(STATE_DIR).filter((name) => /^\d+\.json$/.test(name))) {
    const state = JSON.parse(readFileSync(path.join(STATE_DIR, file), "utf8")) as ClusterState;
    if (state.port === port && supervisorRunning(state.supervisor)) return state;
  }
  return null;
}
