/**
 * One command from a fresh clone to a running blog: build when the sources changed,
 * migrate, seed when the database is empty, then serve on PORT (default 3000).
 *
 *   npm start
 */
import { spawn } from "node:child_process";
import { getHeapStatistics } from "node:v8";
import { formatMode } from "../lib/contract/mode";
import { checkSettings, defaultMode, seedScale, serverPort } from "../lib/settings";
import { buildIfStale } from "./build-if-stale";
import { run, serverHeapMb, serverNodeFlags, signalExitCode, step } from "./run";
import { drainOnSignals, startServer } from "./serve";

/** Set in the environment of a start that restarted with a larger heap, so that it never restarts again. */
const RESTARTED = "FASTBLOG_HEAP_RESTARTED";

/**
 * package.json starts the server with a 256 MB old generation; a blog seeded at a larger scale
 * needs more for its naive pages (scripts/run.ts, serverHeapMb). This process cannot grow its own
 * heap, so it starts again with the right flags and lives as long as that start does. The new
 * start is in our process group, so a Ctrl-C in the terminal reaches it; a signal sent to this
 * process alone, as a supervisor's SIGTERM, is passed on.
 */
function restartWithHeapFor(scale: number): Promise<never> {
  step(`The blog is seeded at ${scale}x, whose naive pages hold whole tables: starting again with a ${serverHeapMb(scale)} MB heap…`);
  const child = spawn(process.execPath, [...serverNodeFlags(scale), "--import", "tsx", "scripts/start.ts"], {
    stdio: "inherit",
    env: { ...process.env, [RESTARTED]: "1" },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  return new Promise(() => child.on("exit", (code, signal) => process.exit(code ?? signalExitCode(signal ?? "SIGTERM"))));
}

const heapMb = () => getHeapStatistics().heap_size_limit / 1024 / 1024;

async function main(): Promise<void> {
  // A bad setting fails now, not after a two-minute build.
  checkSettings();
  await buildIfStale();
  // In a process of its own, as the benchmark does: the seed needs a larger heap than the
  // server's V8 flags allow it (package.json), and leaves its garbage behind when it exits.
  await run(process.execPath, ["--import", "tsx", "scripts/prepare-database.ts"]).catch(() => {
    throw new Error("the database could not be prepared (see above).");
  });
  if (heapMb() < serverHeapMb(seedScale()) && !process.env[RESTARTED]) return restartWithHeapFor(seedScale());
  const port = serverPort();
  step("Starting the server…");
  drainOnSignals(await startServer({ port }));
  console.log(`\nfastblog is serving on http://localhost:${port}`);
  console.log(`Default mode: ${formatMode(defaultMode())}. Add ?mode=naive, ?mode=optimized or ?mode=cached to any page to switch.`);
}

main().catch((error: unknown) => {
  console.error(`\nnpm start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
