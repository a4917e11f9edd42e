import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";
import { ensureClientPresent } from "../request/client-presence";
import { recordDatabaseUnavailable, requestContext } from "../request/context";
import { currentCall } from "./prisma-calls";
import type { QueryRecord } from "./query-record";

/**
 * Driver errors that mean "try again later" rather than a bug. On SQLite: a lock held too long, a
 * missing or unreadable file. On PostgreSQL: no connection free within DB_POOL_TIMEOUT_MS, a server
 * that refuses connections, closes or resets them, is shutting down, starting up or has too many
 * clients (SQLSTATE 57P01 to 57P03, 53300), as while it restarts.
 */
const UNAVAILABLE = new RegExp(
  [
    ...["SQLITE_BUSY", "database is locked", "SQLITE_CANTOPEN", "unable to open database", "no such table", "SQLITE_IOERR"],
    ...["disk I/O error", "readonly database"],
    ...["timeout exceeded when trying to connect", "Connection terminated", "not queryable", "ECONNREFUSED", "ECONNRESET"],
    ...["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "57P0[123]", "53300"],
  ].join("|"),
  "i",
);

const MAX_PARAMS_LENGTH = 200;

/**
 * Parameters longer than this, as JSON, are not kept for EXPLAIN, so that the debug history (200
 * pages of up to a few hundred queries) stays small; the pages' longest list, 50 ids, is shorter.
 */
const MAX_KEPT_ARGS_LENGTH = 1_000;

/**
 * The round trips one statement costs. pg sends a statement's Parse, Bind, Execute and Sync in
 * one flight and waits once for the answers, so a statement is one round trip to PostgreSQL (a
 * transaction's BEGIN and COMMIT are statements too). SQLite runs inside the server: none.
 */
const ROUND_TRIPS: Record<SqlDriverAdapterFactory["provider"], number> = { postgres: 1, sqlite: 0, mysql: 1, sqlserver: 1 };

function recordOf(query: SqlQuery, durationMs: number, roundTrips: number): QueryRecord {
  const text = JSON.stringify(query.args, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value));
  const params = text.length > MAX_PARAMS_LENGTH ? `${text.slice(0, MAX_PARAMS_LENGTH)}…` : text;
  const call = currentCall();
  return {
    sql: query.sql,
    params,
    ...(text.length <= MAX_KEPT_ARGS_LENGTH && { args: [...query.args] }),
    durationMs,
    roundTrips,
    ...(call && { call }),
  };
}

// Times each statement where the driver runs it. Measuring here, inside the caller's
// async context, attributes every query to the request that issued it, which
// Prisma's own query events do not guarantee while the client is still connecting.
function instrument<T extends SqlDriverAdapter | Transaction>(target: T, roundTrips: number): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value: unknown = Reflect.get(object, property, receiver);
      if (property === "queryRaw" || property === "executeRaw") {
        return async (query: SqlQuery) => {
          await ensureClientPresent();
          const start = performance.now();
          try {
            return await (value as (q: SqlQuery) => Promise<unknown>).call(object, query);
          } catch (error) {
            const text = `${error instanceof Error ? error.message : ""} ${JSON.stringify(error)}`;
            if (UNAVAILABLE.test(text)) recordDatabaseUnavailable(text.slice(0, 200));
            throw error;
          } finally {
            recordQuery(recordOf(query, performance.now() - start, roundTrips));
          }
        };
      }
      if (property === "startTransaction") {
        return async (...args: unknown[]) =>
          instrument(await (value as (...a: unknown[]) => Promise<Transaction>).apply(object, args), roundTrips);
      }
      return typeof value === "function" ? value.bind(object) : value;
    },
  });
}

/** Records a query against the request that issued it; queries outside a request are not counted. */
function recordQuery(query: QueryRecord): void {
  requestContext()?.queries.push(query);
}

/** Wraps a Prisma driver adapter factory so that every query is recorded against the current request. */
export function instrumentAdapter(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => instrument(await factory.connect(), ROUND_TRIPS[factory.provider]),
  };
}
