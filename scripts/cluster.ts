/**
 * fastblog as it would be deployed on several machines, on this one: PostgreSQL, Redis, several
 * production servers of the same build, and nginx in front as load balancer and edge cache.
 *
 *   npm run cluster                          2 instances on a throwaway PostgreSQL, on PORT (3000)
 *   npm run cluster -- --instances 3 --db sqlite
 *
 * One supervisor starts every part as its child, prints a line as each comes up, restarts an
 * instance that dies, and on Ctrl-C or SIGTERM stops them all and exits 0. docs/deploy.md says more.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { checkSettings, serverPort } from "../lib/settings";
import { UsageError } from "./bench/cli/args";
import { buildIfStale } from "./build-if-stale";
import { freePort } from "./run";
import { missingParts, nginxBin, redisBin } from "./cluster/binaries";
import { Supervisor } from "./cluster/supervisor";
import { CLUSTER_USAGE, parseClusterOptions, type ClusterOptions } from "./cluster/options";
import { prepareDatabase, provideDatabase } from "./cluster/database";
import { Instance } from "./cluster/instances";
import { startNginx } from "./cluster/nginx";
import { checkPortFree, waitForPort } from "./cluster/ports";
import { startRedis } from "./cluster/redis";
import { ROOT_MARK, sweepLeftovers, writeState } from "./cluster/state";

const log = (message: string) => console.log(message);

/** The cluster's state file, written again as parts come up (./cluster/state.ts). */
function stateWriter(root: string, instances: Instance[]) {
  const state = { postgres: null as string | null, port: null as number | null };
  const save = () =>
    writeState({
      supervisor: process.pid,
      root,
      ...state,
      instances: instances.map(({ name, port, pid }) => ({ name, port, pid: pid ?? null })),
    });
  return { state, save };
}

/** The database, migrated and seeded, with the originals in the shared media folder. */
async function startDatabase(options: ClusterOptions, root: string, supervisor: Supervisor, saved: ReturnType<typeof stateWriter>) {
  await buildIfStale();
  const database = await provideDatabase(options, root, log, (started) => {
    supervisor.add("postgres", async () => started.stop());
    saved.state.postgres = started.postgresDir;
    saved.save();
  });
  const media = path.join(root, "media");
  await prepareDatabase({ ...process.env, DATABASE_URL: database.url, MEDIA_DIR: media });
  return { DATABASE_URL: database.url, MEDIA_DIR: media };
}

async function main(): Promise<number> {
  const options = parseClusterOptions(process.argv.slice(2));
  if (options === "help") {
    console.log(CLUSTER_USAGE);
    return 0;
  }
  checkSettings();
  const missing = missingParts({ postgres: options.db === "postgres" && !options.databaseUrl });
  if (missing.length > 0) throw new Error(missing.join("\n"));
  sweepLeftovers(log);
  const port = serverPort();
  await checkPortFree(port);

  const root = mkdtempSync(path.join(tmpdir(), "fastblog-cluster-"));
  // Every process the cluster starts carries its folder, so that a sweep can find it (./cluster/state.ts).
  process.env[ROOT_MARK] = root;
  const supervisor = new Supervisor(root, log);
  const instances: Instance[] = [];
  const saved = stateWriter(root, instances);
  saved.save();
  const data = await startDatabase(options, root, supervisor, saved);

  const redis = await startRedis(redisBin()!, path.join(root, "redis"), process.env);
  supervisor.addProcess("redis", redis.process);
  log(`redis ready on :${redis.port}`);

  const env = { ...process.env, ...data, REDIS_URL: redis.url, TRUSTED_PROXIES: "127.0.0.1/32" };
  for (let i = 1; i <= options.instances; i += 1) instances.push(new Instance(`app-${i}`, await freePort(), env, log, saved.save));
  supervisor.add("instances", () => Promise.all(instances.map((instance) => instance.stop())).then(() => undefined));
  await Promise.all(instances.map((instance) => instance.start()));

  const nginx = startNginx(nginxBin()!, path.join(root, "nginx"), port, instances, process.env);
  supervisor.addProcess("nginx", nginx, { signal: "SIGQUIT" });
  await waitForPort(port, nginx, 30_000);
  saved.state.port = port;
  saved.save();
  log(`nginx ready on :${port}`);
  log(`fastblog cluster on http://127.0.0.1:${port}`);
  return supervisor.untilStopped();
}

const supervised = main();
supervised.then(
  (code) => process.exit(code),
  async (error: unknown) => {
    console.error(`npm run cluster: ${error instanceof Error ? error.message : String(error)}`);
    await Supervisor.current?.stop();
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
