import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "./run";

/**
 * A throwaway Redis for the data cache's tests: Debian's redis-server on a free port of the
 * loopback, in a temporary folder, with nothing saved to disk, deleted after.
 */

/** What to do when there is no Redis to start. */
export const REDIS_MISSING =
  "Redis is not installed (no /usr/bin/redis-server). Install it with `apt-get install redis-server` on Debian or Ubuntu.";

/** redis-server, or null when it is not installed. */
export function redisServerBin(bin = "/usr/bin/redis-server"): string | null {
  return existsSync(bin) ? bin : null;
}

export type RedisServer = {
  /** As REDIS_URL takes it. */
  url: string;
  port: number;
  /** Stops the server and deletes its folder. */
  stop: () => Promise<void>;
};

export async function startRedis(bin: string): Promise<RedisServer> {
  const dir = mkdtempSync(path.join(tmpdir(), "fastblog-redis-"));
  const port = await freePort();
  const args = ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir];
  const child: ChildProcess = spawn(bin, args, { stdio: "ignore" });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    await waitForPort(port, 5_000);
  } catch (error) {
    child.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, "127.0.0.1", () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`redis-server did not listen on port ${port} within ${timeoutMs} ms.`);
}
