import { test } from "@playwright/test";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { continuousIntegration } from "../scripts/harness-settings";
import { POSTGRES_MISSING, postgresBin, startCluster, type Cluster } from "../scripts/postgres-cluster";
import { runScript } from "./server-process";

/**
 * For a describe block that needs PostgreSQL: gives its bin folder. Without PostgreSQL, the
 * block is skipped on a developer's machine but fails under CI=true, where .ci/run installs
 * PostgreSQL: there a skipped PostgreSQL test would only hide a broken setup. Call it first in
 * the block, so that its check runs before any other hook.
 */
export function requirePostgres(): () => string {
  const bin = postgresBin();
  test.skip(!bin && !continuousIntegration(), POSTGRES_MISSING);
  const missing = () => new Error(`CI is set, so the PostgreSQL tests must run, not be skipped. ${POSTGRES_MISSING}`);
  test.beforeAll(() => {
    if (!bin) throw missing();
  });
  return () => {
    if (!bin) throw missing();
    return bin;
  };
}

/** A throwaway cluster with the blog migrated and seeded into it, and originals in a media folder of its own. */
export type PostgresBlog = { cluster: Cluster; env: Record<string, string>; remove: () => void };

export async function seededPostgresBlog(bin: string): Promise<PostgresBlog> {
  const cluster = await startCluster(bin);
  const media = mkdtempSync(path.join(tmpdir(), "fastblog-pg-media-"));
  const remove = () => {
    cluster.stop();
    rmSync(media, { recursive: true, force: true });
  };
  const env = { DATABASE_URL: cluster.url, MEDIA_DIR: media };
  try {
    for (const script of ["scripts/migrate.ts", "prisma/seed.ts"]) {
      const run = runScript(script, env);
      const { code } = await run.exited;
      if (code !== 0) throw new Error(`${script} failed:\n${run.output()}`);
    }
  } catch (error) {
    remove();
    throw error;
  }
  return { cluster, env, remove };
}
