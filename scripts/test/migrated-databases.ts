import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import Database from "better-sqlite3";
import pg from "pg";
import { PrismaClient as PostgresClient } from "../../lib/generated/postgres/client";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { continuousIntegration } from "../harness-settings";
import { POSTGRES_MISSING, postgresBin, startCluster, type Cluster } from "../postgres-cluster";

/**
 * Databases for the unit tests that run real statements on both databases: the schema applied
 * from the migrations' own SQL, as `prisma migrate deploy` (SQLite) and `npm run db:migrate`
 * (PostgreSQL) apply it, without their bookkeeping.
 */

/** The SQL of every migration under `folder`, in the order they apply: Prisma's folders on SQLite, the numbered files on PostgreSQL. */
export function migrationSql(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".sql"))
    .sort()
    .map((file) => readFileSync(path.join(folder, file), "utf8"));
}

/** A new SQLite file at `file` with prisma/migrations applied, and a client on it. */
export function migratedSqliteClient(file: string): PrismaClient {
  const database = new Database(file);
  for (const sql of migrationSql("prisma/migrations")) database.exec(sql);
  database.close();
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: `file:${file}` }) });
}

/** Why a PostgreSQL suite is skipped (PostgreSQL is not installed, outside CI), or false: it runs. */
export const POSTGRES_SKIP: string | false = !postgresBin() && !continuousIntegration() && POSTGRES_MISSING;

/**
 * A throwaway cluster with prisma/postgres/migrations applied, and a client on it, typed as the
 * SQLite one: the two generated clients have the same models. Under CI a missing PostgreSQL fails;
 * a migration that fails stops the cluster.
 */
export async function migratedPostgres(): Promise<{ cluster: Cluster; client: PrismaClient }> {
  const bin = postgresBin();
  assert.ok(bin, `CI is set, so the PostgreSQL tests must run. ${POSTGRES_MISSING}`);
  const cluster = await startCluster(bin);
  const admin = new pg.Client({ connectionString: cluster.url });
  try {
    await admin.connect();
    for (const sql of migrationSql("prisma/postgres/migrations")) await admin.query(sql);
  } catch (error) {
    cluster.stop();
    throw error;
  } finally {
    await admin.end();
  }
  const client = new PostgresClient({ adapter: new PrismaPg({ connectionString: cluster.url }) }) as unknown as PrismaClient;
  return { cluster, client };
}
