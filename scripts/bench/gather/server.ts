import { existsSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { freePort, isRunning, onStopSignals, run, serverNodeFlags, signalExitCode, startScript, type RunningProcess } from "../../run";
import { seedScale } from "../../harness-settings";
import type { DatabaseOptions } from "../types/settings";
import { databaseName } from "../config/database";
import { provideDatabase, type BenchDatabase } from "./database";

const SQLITE: DatabaseOptions = { kind: "sqlite", url: null, latencyMs: 0 };

/** A production server of fastblog's own for a benchmark, on a freshly seeded database. */
export type BenchServer = { url: string; stop: () => Promise<void> };

const ROOT = path.resolve(".bench");

/** Servers started and not yet stopped, so that an interrupted command can stop them. */
const running = new Set<() => Promise<void>>();
let interrupted = false;

/** True once a signal has asked the command to stop: errors from then on come from the stopping. */
export function wasInterrupted(): boolean {
  return interrupted;
}

/** Servers this process has started: each gets a folder of its own. */
let serversStarted = 0;

/**
 * A folder for one server under .bench/<pid>/, so that two benchmarks at once (a user's, and
 * the one the e2e suite runs) never delete each other's database, and the scale curve's servers,
 * side by side, never share one. Before its first, a process removes the folders of processes
 * that are gone (killed before they could clean up), and one its own id left in an earlier life.
 */
function runFolder(): string {
  const own = String(process.pid);
  if (serversStarted === 0 && existsSync(ROOT)) {
    const stale = (name: string) => name === own || !/^\d+$/.test(name) || !isRunning(Number(name));
    for (const name of readdirSync(ROOT).filter(stale)) rmSync(path.join(ROOT, name), { recursive: true, force: true });
  }
  serversStarted += 1;
  return path.join(ROOT, own, String(serversStarted));
}

/**
 * Removes what a benchmark server runs on once it has stopped: on SIGTERM the server finishes its
 * requests and exits, then its folder and its database go. Registered before the database is
 * filled, so that a Ctrl-C while seeding stops a PostgreSQL cluster as well.
 */
function stopper(folder: string, database: BenchDatabase): { stop: () => Promise<void>; serve: (server: RunningProcess) => void } {
  let server: RunningProcess | null = null;
  const stop = async () => {
    running.delete(stop);
    server?.kill("SIGTERM");
    await server?.exited;
    rmSync(folder, { recursive: true, force: true });
    const parent = path.dirname(folder);
    if (existsSync(parent) && readdirSync(parent).length === 0) rmSync(parent, { recursive: true, force: true });
    database.remove();
  };
  running.add(stop);
  return { stop, serve: (started) => (server = started) };
}

/** Builds if need be, then migrates and seeds in a child process, whose memory is gone before anything is timed. */
async function prepareData(where: string, log: (message: string) => void): Promise<void> {
  const { buildIfStale } = await import("../../build-if-stale");
  log("Checking the production build…");
  await buildIfStale();
  log(`Migrating and seeding ${where}…`);
  await run(process.execPath, ["--import", "tsx", "scripts/prepare-database.ts"]);
}

/**
 * Builds if the sources changed, gets the database ready (a fresh SQLite file under .bench/, a
 * throwaway PostgreSQL cluster, or --database-url's), seeds it, and starts the server in a
 * process of its own, as a user would run it, with DB_LATENCY_MS for --db-latency. `log`
 * reports each step; whatever it started is stopped if a step fails.
 */
export async function startBenchServer(log: (message: string) => void, database: DatabaseOptions = SQLITE): Promise<BenchServer> {
  const folder = runFolder();
  const db = await provideDatabase(database, folder, log);
  const { stop, serve } = stopper(folder, db);
  try {
    const env = {
      DATABASE_URL: db.url,
      MEDIA_DIR: path.join(folder, "media"),
      BLOG_MODE: "",
      DB_LATENCY_MS: String(database.latencyMs || ""),
    };
    Object.assign(process.env, env);
    const where =
      database.kind === "sqlite"
        ? `a fresh database under ${path.relative(process.cwd(), folder)}/`
        : databaseName({ ...database, latencyMs: 0 });
    await prepareData(where, log);
    const port = await freePort();
    // In our process group, so that a Ctrl-C in the terminal reaches the server as well; with the
    // heap its naive pages need at the database's scale.
    const server = startScript(
      "scripts/serve.ts",
      [],
      { ...process.env, ...env, PORT: String(port) },
      { group: false, nodeFlags: serverNodeFlags(seedScale()) },
    );
    serve(server);
    await server.waitFor(/serving on/).catch((error: unknown) => {
      throw new Error(`The server stopped before it listened: ${error instanceof Error ? error.message : String(error)}`);
    });
    log(`Server started on port ${port}, on ${databaseName(database)}.`);
    return { url: `http://127.0.0.1:${port}`, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * On Ctrl-C or SIGTERM, stops every server this process started (and whatever `cleanup`
 * names, such as the browser), then exits 130 or 143 as a shell expects: an interrupted
 * benchmark never leaves a server behind.
 */
export function stopOnSignals(cleanup: () => Promise<void> = async () => {}): void {
  onStopSignals((signal) => {
    interrupted = true;
    process.stderr.write(`\n${signal}: stopping the server and the browser…\n`);
    const stops = [...running].map((stop) => stop());
    void Promise.allSettled([...stops, cleanup()]).finally(() => process.exit(signalExitCode(signal)));
  });
}
