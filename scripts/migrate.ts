/**
 * Applies the schema to the database: Prisma's migrations on SQLite (creating the file), or
 * prisma/postgres/migration.sql on PostgreSQL, where Prisma's wasm schema engine cannot
 * introspect the database. Safe to run again: what is applied is not applied twice.
 *
 *   npm run db:migrate
 */
import { readFile } from "node:fs/promises";
import pg from "pg";
import { prepareSqliteFile } from "../lib/database-file";
import { databaseProvider, databaseUrl } from "../lib/database-url";
import { run } from "./run";

async function migratePostgres(): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ exists: boolean }>(`SELECT to_regclass('public."Article"') IS NOT NULL AS exists`);
    if (rows[0]?.exists) {
      console.log("The PostgreSQL schema is in place.");
      return;
    }
    const sql = await readFile("prisma/postgres/migration.sql", "utf8");
    await client.query(`BEGIN; ${sql}; COMMIT;`);
    console.log("Created the PostgreSQL schema.");
  } finally {
    await client.end();
  }
}

export async function migrate(): Promise<void> {
  if (databaseProvider() === "postgresql") return migratePostgres();
  prepareSqliteFile();
  await run("npx", ["--no-install", "prisma", "migrate", "deploy"]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  migrate().catch((error: unknown) => {
    console.error(`Migration failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
