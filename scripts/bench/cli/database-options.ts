import { parseLatencyMs } from "../../harness-settings";
import type { DatabaseOptions } from "../types/settings";
import { UsageError, type OptionSpec } from "./args";

/** The database options' lines of `--help`, the same for the benchmark and the load test. */
export const DATABASE_USAGE = `  --db NAME            sqlite | postgres: the server's database (default sqlite); postgres starts
                       a throwaway PostgreSQL cluster, seeds it, and stops it at the end
  --database-url URL   an existing PostgreSQL instead (postgresql://…), seeded when empty
  --db-latency MS      add MS milliseconds to every round trip between the server and PostgreSQL`;

/** The default: SQLite in a fresh file, as the server's own default. */
export function defaultDatabase(): DatabaseOptions {
  return { kind: "sqlite", url: null, latencyMs: 0 };
}

function kindOf(flag: string, value: string | undefined): DatabaseOptions["kind"] {
  if (value === "sqlite" || value === "postgres") return value;
  throw new UsageError(`${flag} must be sqlite or postgres; got "${value ?? ""}".`);
}

function postgresUrl(flag: string, value: string | undefined): string {
  if (!value || !/^postgres(ql)?:\/\/[^/]/.test(value))
    throw new UsageError(
      `${flag} needs a PostgreSQL URL such as postgresql://user:password@localhost:5432/fastblog; got "${value ?? ""}".`,
    );
  return value;
}

function latency(flag: string, value: string | undefined): number {
  const ms = value === undefined ? undefined : parseLatencyMs(value);
  if (ms === undefined) throw new UsageError(`${flag} needs milliseconds from 0 to 10000, such as 1 or 0.5; got "${value ?? ""}".`);
  return ms;
}

/**
 * The options that choose the server's database, for a command whose options hold `database`,
 * and `finish`, which checks them together once the whole line is read: --database-url means
 * PostgreSQL, SQLite has no round trip to delay, and a running server (--url) has its own database.
 */
export function databaseOptions<T extends { database: DatabaseOptions; url: string | null }>(): {
  specs: Record<string, OptionSpec<T>>;
  finish: (options: T) => T;
} {
  const given = new Set<string>();
  const spec = (name: string, apply: (d: DatabaseOptions, value: string | undefined, flag: string) => void): OptionSpec<T> => ({
    type: "string",
    set: (o, value, flag) => {
      given.add(name);
      apply(o.database, value, flag);
    },
  });
  const specs = {
    db: spec("--db", (d, value, flag) => (d.kind = kindOf(flag, value))),
    "database-url": spec("--database-url", (d, value, flag) => (d.url = postgresUrl(flag, value))),
    "db-latency": spec("--db-latency", (d, value, flag) => (d.latencyMs = latency(flag, value))),
  };
  const finish = (options: T): T => {
    const d = options.database;
    if (options.url && given.size > 0)
      throw new UsageError(
        `${[...given].join(", ")} choose the database of a server the command starts; with --url, the running server has its own.`,
      );
    if (d.url && given.has("--db") && d.kind === "sqlite")
      throw new UsageError("--database-url is a PostgreSQL; it cannot go with --db sqlite.");
    if (d.url) d.kind = "postgres";
    if (d.kind === "sqlite" && d.latencyMs > 0)
      throw new UsageError(
        "--db-latency delays the round trips to PostgreSQL, and SQLite runs inside the server with none: add --db postgres.",
      );
    return options;
  };
  return { specs, finish };
}
