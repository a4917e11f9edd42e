/**
 * One command from a fresh clone to a running blog: build when the sources changed,
 * migrate, seed when the database is empty, then serve on PORT (default 3000).
 *
 *   npm start
 */
import { formatMode } from "../lib/contract/mode";
import { checkSettings, defaultMode, serverPort } from "../lib/settings";
import { buildIfStale } from "./build-if-stale";
import { run, step } from "./run";
import { drainOnSignals, startServer } from "./serve";

async function main(): Promise<void> {
  // A bad setting fails now, not after a two-minute build.
  checkSettings();
  await buildIfStale();
  // In a process of its own, as the benchmark does: the seed needs a larger heap than the
  // server's V8 flags allow it (package.json), and leaves its garbage behind when it exits.
  await run(process.execPath, ["--import", "tsx", "scripts/prepare-database.ts"]).catch(() => {
    throw new Error("the database could not be prepared (see above).");
  });
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
