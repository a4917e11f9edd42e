/**
 * Applies the migrations in prisma/migrations to the database (creating the SQLite file).
 *
 *   npm run db:migrate
 */
import { prepareSqliteFile } from "../lib/database-file";
import { run } from "./run";

export async function migrate(): Promise<void> {
  prepareSqliteFile();
  await run("npx", ["--no-install", "prisma", "migrate", "deploy"]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  migrate().catch((error: unknown) => {
    console.error(`Migration failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
