import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startRedis } from "./cluster/redis";

/**
 * A throwaway Redis for the data cache's tests: the cluster's Redis (./cluster/redis.ts), in a
 * temporary folder that is deleted with it. Its binary and the message when it is missing are
 * the cluster's too (./cluster/binaries.ts).
 */
export type ThrowawayRedis = {
  /** As REDIS_URL takes it. */
  url: string;
  port: number;
  /** Stops the server and deletes its folder. */
  stop: () => Promise<void>;
};

export async function startThrowawayRedis(bin: string): Promise<ThrowawayRedis> {
  const dir = mkdtempSync(path.join(tmpdir(), "fastblog-redis-"));
  const redis = await startRedis(bin, dir, process.env).catch((error: unknown) => {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  });
  return {
    url: redis.url,
    port: redis.port,
    stop: async () => {
      redis.process.kill("SIGTERM");
      await redis.process.exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
