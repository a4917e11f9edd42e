import path from "node:path";
import { POSTGRES_MISSING, postgresBin, startCluster } from "../../postgres-cluster";
import type { DatabaseOptions } from "../types/settings";
import { databaseName } from "../config/database";

/** The database a benchmark's server runs on: its URL, and how to remove it once the server has stopped. */
export type BenchDatabase = { url: string; remove: () => void };

/** Stops a command at once, before it launches a browser or builds, when it asks for a PostgreSQL this machine cannot start. */
export function checkDatabase(database: DatabaseOptions): void {
  if (database.kind === "postgres" && !database.url && !postgresBin()) throw new Error(POSTGRES_MISSING);
}

/**
 * SQLite in a fresh file of the run's folder; a throwaway PostgreSQL cluster, as the end-to-end
 * tests start one, stopped and deleted with the server; or the PostgreSQL of --database-url, which
 * is kept (the seed fills it when empty).
 */
export async function provideDatabase(database: DatabaseOptions, folder: string, log: (message: string) => void): Promise<BenchDatabase> {
  if (database.kind === "sqlite") return { url: `file:${path.join(folder, "blog.db")}`, remove: () => undefined };
  if (database.url) {
    log(`Using ${databaseName({ ...database, latencyMs: 0 })}.`);
    return { url: database.url, remove: () => undefined };
  }
  checkDatabase(database);
  log("Starting a throwaway PostgreSQL cluster…");
  const cluster = await startCluster(postgresBin()!);
  log(`PostgreSQL listens on port ${cluster.port}.`);
  return { url: cluster.url, remove: cluster.stop };
}
