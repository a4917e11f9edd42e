import { databaseUrl } from "../settings";

/**
 * Where this process's Prisma client connects: `DATABASE_URL` itself, or, with `DB_LATENCY_MS`,
 * the latency proxy in front of it, and the latency every round trip pays on the way. The custom
 * server sets it before Next.js loads; the two load this module separately, so the endpoint lives
 * on globalThis, as the request context does.
 */
export type DatabaseEndpoint = { url: string; latencyMs: number };

const key = Symbol.for("fastblog.database-endpoint");
const slot = globalThis as unknown as Record<symbol, DatabaseEndpoint | undefined>;

export function setDatabaseEndpoint(endpoint: DatabaseEndpoint): void {
  slot[key] = endpoint;
}

export function databaseEndpoint(): DatabaseEndpoint {
  return slot[key] ?? { url: databaseUrl(), latencyMs: 0 };
}
