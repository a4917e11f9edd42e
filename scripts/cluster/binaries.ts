import { existsSync } from "node:fs";
import { POSTGRES_MISSING, postgresBin } from "../postgres-cluster";

/**
 * The programs `npm run cluster` starts besides fastblog, each found where Debian's package puts
 * it, and what to install when one is missing.
 */
export type Part = "nginx" | "redis" | "postgres";

const PATHS = {
  nginx: ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/local/nginx/sbin/nginx"],
  redis: ["/usr/bin/redis-server", "/usr/local/bin/redis-server"],
} as const;

export const MISSING = {
  nginx: "nginx is not installed (no /usr/sbin/nginx). Install it with `apt-get install nginx` on Debian or Ubuntu.",
  redis: "Redis is not installed (no /usr/bin/redis-server). Install it with `apt-get install redis-server` on Debian or Ubuntu.",
  postgres: POSTGRES_MISSING,
} as const satisfies Record<Part, string>;

export function nginxBin(): string | null {
  return PATHS.nginx.find((file) => existsSync(file)) ?? null;
}

/** redis-server where Debian (or a build from source) puts it, or null; `paths` are where to look. */
export function redisBin(paths: readonly string[] = PATHS.redis): string | null {
  return paths.find((file) => existsSync(file)) ?? null;
}

/** The messages of every part the cluster needs and this machine lacks, all at once. */
export function missingParts({ postgres }: { postgres: boolean }): string[] {
  const missing: string[] = [];
  if (!nginxBin()) missing.push(MISSING.nginx);
  if (!redisBin()) missing.push(MISSING.redis);
  if (postgres && !postgresBin()) missing.push(MISSING.postgres);
  return missing;
}
