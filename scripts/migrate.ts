/**
 * Applies the schema to the database: Prisma's migrations on SQLite (creating the file), or
 * prisma/postgres/migration.sql on PostgreSQL, where Prisma's wasm schema engine cannot
 * introspect the database. Safe to run again: what is applied is not applied twice.
 *
 *   npm run db:migrate
 */
import Database from "better-sqlite3";
import { readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import pg from "pg";
import { prepareSqliteFile } from "../lib/database-file";
import { databaseProvider } from "../lib/database-url";
import { databaseUrl } from "../lib/settings";
import { run } from "./run";

/**
 * Columns added to the PostgreSQL schema after migration.sql first created it, as the SQLite
 * migrations add them: a database created before gets each one it lacks.
 */
const POSTGRES_ADDED_COLUMNS = [{ table: "SeedMark", column: "scale", sql: `ALTER TABLE "SeedMark" ADD COLUMN "scale" INTEGER NOT NULL DEFAULT 1` }];

async function addMissingColumns(client: pg.Client): Promise<void> {
  for (const { table, column, sql } of POSTGRES_ADDED_COLUMNS) {
    const { rowCount } = await client.query(`SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 AND column_name = $2`, [table, column]);
    if (rowCount) continue;
    await client.query(sql);
    console.log(`Added the column ${table}.${column} to the PostgreSQL schema.`);
  }
}

async function migratePostgres(): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ exists: boolean }>(`SELECT to_regclass('public."Article"') IS NOT NULL AS exists`);
    if (rows[0]?.exists) {
      await addMissingColumns(client);
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

/** Whether every migration folder is recorded as applied, read without taking any lock. */
function sqliteIsUpToDate(file: string): boolean {
  const wanted = readdirSync("prisma/migrations", { withFileTypes: true }).filter((entry) => entry.isDirectory());
  const database = new Database(file, { readonly: true });
  try {
    const applied = new Set(
      database
        .prepare("SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL")
        .all()
        .map((row) => (row as { name: string }).name),
    );
    return wanted.every((entry) => applied.has(entry.name));
  } catch {
    return false; // No migration table yet: a new database.
  } finally {
    database.close();
  }
}

export async function migrate(): Promise<void> {
  if (databaseProvider() === "postgresql") return migratePostgres();
  const file = prepareSqliteFile()!;
  // Prisma's schema engine locks the whole database even when it has nothing to apply, so a
  // second `npm start` would fail while a server reads the same file. Ask it only when needed.
  if (sqliteIsUpToDate(file)) {
    console.log("The database schema is up to date.");
    return;
  }
  await run("npx", ["--no-install", "prisma", "migrate", "deploy"]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  migrate().catch((error: unknown) => {
    console.error(`Migration failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
