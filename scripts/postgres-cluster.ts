import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import pg from "pg";
import { freePort } from "./run";

/**
 * A throwaway PostgreSQL cluster for the benchmark, the load test and the end-to-end tests: its
 * own data folder and a free port on the loopback, created in a few seconds and deleted after.
 */

/** What to do when there is no PostgreSQL to start. */
export const POSTGRES_MISSING =
  "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb). Install it with `apt-get install postgresql` on Debian or Ubuntu, or measure an existing server with --database-url postgresql://user:password@host:5432/db.";

/** The newest installed PostgreSQL's bin folder (Debian's layout: `<root>/<major version>/bin`), or null when there is none. */
export function postgresBin(root = "/usr/lib/postgresql"): string | null {
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  const bin = versions.map((v) => path.join(root, v, "bin")).find((dir) => existsSync(path.join(dir, "initdb")));
  return bin ?? null;
}

export type Cluster = {
  /** The `fastblog` database, as `DATABASE_URL` takes it. */
  url: string;
  port: number;
  /** Its folder: the data, the socket and the log. */
  dir: string;
  /** Stops the server at once, as `pg_ctl stop -m fast` does: sessions are terminated, new connections refused. */
  down: () => void;
  /** Starts the server again on the same port and data, after `down`. */
  up: () => void;
  /** Stops the server and deletes its data. */
  stop: () => void;
};

/**
 * A throwaway PostgreSQL cluster on a free port, in a temporary folder, with an empty database
 * named `fastblog`. As root, the server runs as the `postgres` user, since PostgreSQL refuses to
 * run as root. Durability is off (fsync, synchronous commit): the data lives as long as the run.
 */
export async function startCluster(bin: string): Promise<Cluster> {
  const dir = mkdtempSync(path.join(tmpdir(), "fastblog-pg-"));
  const root = userInfo().uid === 0;
  const asOwner = (command: string, args: string[]) =>
    execFileSync(root ? "runuser" : path.join(bin, command), root ? ["-u", "postgres", "--", path.join(bin, command), ...args] : args, {
      stdio: "pipe",
    });
  if (root) {
    const { uid, gid } = {
      uid: Number(execFileSync("id", ["-u", "postgres"]).toString()),
      gid: Number(execFileSync("id", ["-g", "postgres"]).toString()),
    };
    chownSync(dir, uid, gid);
  }
  const data = path.join(dir, "data");
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off`;
  let running = false;
  const up = () => {
    asOwner("pg_ctl", ["-D", data, "-l", path.join(dir, "log"), "-w", "-o", options, "start"]);
    running = true;
  };
  const down = () => {
    asOwner("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
    running = false;
  };
  asOwner("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8"]);
  up();
  const admin = new pg.Client({ connectionString: `postgresql://postgres@127.0.0.1:${port}/postgres` });
  await admin.connect();
  await admin.query("CREATE DATABASE fastblog");
  await admin.end();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/fastblog`,
    port,
    dir,
    down,
    up,
    stop: () => {
      try {
        if (running) down();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
