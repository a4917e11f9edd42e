import { databaseUrl } from "../settings";

/**
 * Where this process's Prisma client connects: `DATABASE_URL` itself, or, with `DB_LATENCY_MS`,
 * the latency proxy in front of it, and the latency every round trip pays on the way. The custom
 * server sets it before Next.js loads; the two load this module separately, so the route lives
 * on globalThis, as the request context does.
 */
export type DatabaseRoute = { url: string; latencyMs: number };

const key = Symbol.for("fastblog.database-route");
const slot = globalThis as unknown as Record<symbol, DatabaseRoute | undefined>;

export function setDatabaseRoute(route: DatabaseRoute): void {
  slot[key] = route;
}

export function databaseRoute(): DatabaseRoute {
  return slot[key] ?? { url: databaseUrl(), latencyMs: 0 };
}
