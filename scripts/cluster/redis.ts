import { mkdirSync } from "node:fs";
import path from "node:path";
import { freePort, startProcess, type RunningProcess } from "../run";
import { waitForPort } from "./ports";

export type RunningRedis = { url: string; port: number; process: RunningProcess };

/**
 * Redis for the instances' shared data cache (REDIS_URL): on the loopback and a free port, in a
 * folder of the cluster's own, and with nothing written to disk (`--save ""`, no append-only
 * file): what it holds is a cache, rebuilt from the database whenever it is empty.
 */
export async function startRedis(bin: string, dir: string, env: NodeJS.ProcessEnv): Promise<RunningRedis> {
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  const args = ["--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--save", "", "--appendonly", "no", "--daemonize", "no"];
  const running = startProcess(bin, [...args, "--logfile", path.join(dir, "redis.log")], env);
  await waitForPort(port, running, 30_000).catch((error: unknown) => {
    running.kill("SIGKILL");
    throw error;
  });
  return { url: `redis://127.0.0.1:${port}`, port, process: running };
}
