import path from "node:path";
import { postgresBin, startCluster } from "../postgres-cluster";
import { run } from "../run";
import type { ClusterOptions } from "./options";

/** The instances' shared database, and how to stop it. `postgresDir` is a throwaway cluster's folder, for the sweep. */
export type ClusterDatabase = { url: string; postgresDir: string | null; stop: () => void };

/**
 * The database every instance uses: a throwaway PostgreSQL cluster (scripts/postgres-cluster.ts,
 * as the benchmark and the e2e tests start one), the PostgreSQL of --database-url, or a SQLite
 * file in the cluster's folder. `onStarted` hears of a cluster as soon as it runs, so that a stop
 * during the seed stops it too.
 */
export async function provideDatabase(
  options: ClusterOptions,
  root: string,
  log: (message: string) => void,
  onStarted: (database: ClusterDatabase) => void,
): Promise<ClusterDatabase> {
  if (options.databaseUrl) return { url: options.databaseUrl, postgresDir: null, stop: () => undefined };
  if (options.db === "sqlite") return { url: `file:${path.join(root, "blog.db")}`, postgresDir: null, stop: () => undefined };
  const cluster = await startCluster(postgresBin()!);
  const database = { url: cluster.url, postgresDir: cluster.dir, stop: cluster.stop };
  onStarted(database);
  log(`postgres ready on :${cluster.port}`);
  return database;
}

/** Migrates and seeds the database, and writes the originals into the shared media folder, in a process of its own (as `npm start` does). */
export async function prepareDatabase(env: NodeJS.ProcessEnv): Promise<void> {
  await run(process.execPath, ["--import", "tsx", "scripts/prepare-database.ts"], env).catch(() => {
    throw new Error("the database could not be prepared (see above).");
  });
}
