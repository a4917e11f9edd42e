/**
 * Where the seed's rows go: many rows per INSERT, all inside one transaction, on SQLite through
 * better-sqlite3 (the fastest way into SQLite: prepared statements, no round trips) or on
 * PostgreSQL through pg (arrays unnested into rows, one round trip per thousands of rows).
 * Closing a writer that has not committed rolls everything back, and so does a killed process.
 */
import Database from "better-sqlite3";
import pg from "pg";
import { databaseProvider, sqliteFile } from "../lib/db/provider";
import { BUSY_TIMEOUT_MS } from "../lib/db/prisma-client";
import { databaseUrl } from "../lib/settings";
import { columnsOf, SERIAL_TABLES, TABLES, type Row, type Table } from "./seed-tables";

export type SeedWriter = {
  /** Starts the one transaction every row goes into. */
  begin(): Promise<void>;
  insert(table: Table, rows: readonly Row[]): Promise<void>;
  /** Ends the transaction; the rows exist for others from here on. */
  commit(): Promise<void>;
  /**
   * Gathers the planner's statistics, as a database does after any bulk load: without them the
   * query planner guesses the tables' sizes and may read a whole table where an index would do.
   * On PostgreSQL it vacuums as well (VACUUM ANALYZE): that fills the visibility map, without
   * which an index-only scan must visit the table for each entry, so the planner reads the
   * table instead (a typed deep page's ids, lib/data/listings.ts). Autovacuum would fill it
   * too, a minute or so after the load; this makes it so from the first request.
   */
  analyze(): Promise<void>;
  close(): Promise<void>;
};

const quote = (name: string) => `"${name}"`;

/** SQLite takes at most 32,766 parameters in one statement. */
const SQLITE_PARAMETERS = 32_766;

function sqliteWriter(file: string): SeedWriter {
  const db = new Database(file, { timeout: BUSY_TIMEOUT_MS });
  // A large page cache keeps the indexes being filled in memory until the commit.
  db.pragma("cache_size = -262144");
  const statements = new Map<string, Database.Statement>();
  const statement = (table: Table, count: number) => {
    const key = `${table}:${count}`;
    const columns = columnsOf(table);
    if (!statements.has(key)) {
      const values = `(${columns.map(() => "?").join(",")})`;
      statements.set(
        key,
        db.prepare(`INSERT INTO ${quote(table)} (${columns.map(quote).join(",")}) VALUES ${Array(count).fill(values).join(",")}`),
      );
    }
    return statements.get(key)!;
  };
  return {
    // IMMEDIATE takes the write lock now: a second seed waits for this one, then finds it done.
    begin: async () => void db.exec("BEGIN IMMEDIATE"),
    insert: async (table, rows) => {
      const perStatement = Math.floor(SQLITE_PARAMETERS / columnsOf(table).length);
      for (let first = 0; first < rows.length; first += perStatement) {
        const batch = rows.slice(first, first + perStatement);
        statement(table, batch.length).run(batch.flat());
      }
    },
    commit: async () => void db.exec("COMMIT"),
    analyze: async () => void db.exec("ANALYZE"),
    close: async () => void db.close(),
  };
}

const PG_TYPES = { int: "int[]", text: "text[]", timestamp: "timestamp(3)[]" } as const;
/** Rows per statement on PostgreSQL: large enough that round trips do not count, small enough to stay light. */
const PG_ROWS = 5_000;

function postgresWriter(url: string): SeedWriter {
  const client = new pg.Client({ connectionString: url });
  let connected = false;
  return {
    begin: async () => {
      await client.connect();
      connected = true;
      await client.query("BEGIN");
    },
    insert: async (table, rows) => {
      const columns = Object.entries(TABLES[table]);
      const unnest = columns.map(([, type], i) => `$${i + 1}::${PG_TYPES[type]}`).join(", ");
      const sql = `INSERT INTO ${quote(table)} (${columns.map(([name]) => quote(name)).join(", ")}) SELECT * FROM unnest(${unnest})`;
      for (let first = 0; first < rows.length; first += PG_ROWS) {
        const batch = rows.slice(first, first + PG_ROWS);
        await client.query(
          sql,
          columns.map((_, i) => batch.map((row) => row[i])),
        );
      }
    },
    commit: async () => {
      // The seed gives every id itself, so each sequence is moved past the ids it gave.
      for (const table of SERIAL_TABLES) {
        await client.query(
          `SELECT setval(pg_get_serial_sequence('${quote(table)}', 'id'), GREATEST((SELECT MAX(id) FROM ${quote(table)}), 1))`,
        );
      }
      await client.query("COMMIT");
    },
    // After the commit: VACUUM cannot run inside a transaction.
    analyze: async () => void (await client.query("VACUUM ANALYZE")),
    close: async () => {
      if (connected) await client.end();
    },
  };
}

/** A writer for the database at DATABASE_URL. */
export function openWriter(): SeedWriter {
  return databaseProvider() === "sqlite" ? sqliteWriter(sqliteFile()!) : postgresWriter(databaseUrl());
}
