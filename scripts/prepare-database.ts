/**
 * Migrates and seeds the database DATABASE_URL names (at SEED_SCALE), as `npm start` does
 * before it serves. The benchmark runs it in a process of its own: seeding 3 million rows leaves
 * a heap of garbage behind, and collecting it on the same 2 cores would be timed in the pages.
 */
import { prepareDatabase } from "./database";

prepareDatabase().catch((error: unknown) => {
  console.error(`\nPreparing the database failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
