/**
 * Applies the schema to the database: Prisma's migrations on SQLite (creating the file), or
 * prisma/postgres/migrations/ on PostgreSQL, where Prisma's wasm schema engine cannot
 * introspect the database. Safe to run again: what is applied is not applied twice.
 *
 *   npm run db:migrate
 */
import Database from "better-sqlite3";
import { readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import pg from "pg";
import { prepareSqliteFile } from "../lib/db/sqlite-file";
import { databaseProvider } from "../lib/db/provider";
import { databaseUrl } from "../lib/settings";
import { run } from "./run";

const POSTGRES_MIGRATIONS = "prisma/postgres/migrations";

/**
 * Applies prisma/postgres/migrations/*.sql in name order, each in a transaction of its own with
 * its record in _fastblog_migrations, as Prisma's migrations table does on SQLite. A database
 * created before that table existed (from the first file alone) is recorded as having it.
 */
async function migratePostgres(): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ tracked: boolean; created: boolean }>(
      `SELECT to_regclass('"_fastblog_migrations"') IS NOT NULL AS tracked, to_regclass('"Article"') IS NOT NULL AS created`,
    );
    const files = readdirSync(POSTGRES_MIGRATIONS)
      .filter((name) => name.endsWith(".sql"))
      .sort();
    await client.query(
      `CREATE TABLE IF NOT EXISTS "_fastblog_migrations" ("name" TEXT PRIMARY KEY, "appliedAt" TIMESTAMP(3) NOT NULL DEFAULT now())`,
    );
    if (!rows[0]!.tracked && rows[0]!.created) await client.query(`INSERT INTO "_fastblog_migrations" ("name") VALUES ($1)`, [files[0]]);
    const applied = new Set((await client.query<{ name: string }>(`SELECT "name" FROM "_fastblog_migrations"`)).rows.map((r) => r.name));
    const pending = files.filter((name) => !applied.has(name));
    for (const name of pending) {
      const sql = await readFile(`${POSTGRES_MIGRATIONS}/${name}`, "utf8");
      await client.query("BEGIN");
      try {
        await client.query(sql);
        await client.query(`INSERT INTO "_fastblog_migrations" ("name") VALUES ($1)`, [name]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`The PostgreSQL migration ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      console.log(`Applied ${name} to the PostgreSQL database.`);
    }
    if (pending.length === 0) console.log("The PostgreSQL schema is up to date.");
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
