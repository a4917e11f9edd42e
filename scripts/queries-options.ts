import { parseOptions, UsageError, noValue, type OptionSpec } from "./bench/cli/args";
import { DATABASE_USAGE, databaseOptions, defaultDatabase } from "./bench/cli/database-options";

export type QueriesOptions = {
  url: string | null;
  json: string | null;
  cost: boolean;
  database: ReturnType<typeof defaultDatabase>;
};

export const QUERIES_USAGE = `npm run queries -- [options]

Loads every measured page in naive and optimized mode on a production server of its own, on a
freshly seeded database (or --url), and prints what the debug panel found wrong with each page's
queries: the kind (n-plus-one, duplicate, counter-cache, unbounded, repeated-first,
unused-eager-load), how many statements, the line that made them and the fix. Exits 1 when an
optimized page has any finding.

  --url URL            a running server on this machine instead of starting one
  --json FILE          also write every page's findings as JSON
  --cost               instead, measure what the capture costs: optimized /'s server time with the
                       debug panel against DEBUG_PANEL=0, on two servers asked in turn
${DATABASE_USAGE}
  --help               this text`;

const incomplete = (flag: string) =>
  new UsageError(
    `Unknown or incomplete option "${flag}". Options: --url URL --json FILE --cost --db sqlite|postgres --database-url URL --db-latency MS.`,
  );

/** Only a server on this machine, whose debug panel answers loopback clients. */
function loopbackUrl(value: string | undefined): string {
  if (!value || !/^https?:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?\/?$/.test(value))
    throw new UsageError(`--url must be a loopback address such as http://localhost:3000; got "${value ?? ""}".`);
  return value.replace(/\/$/, "");
}

const SPECS: Record<string, OptionSpec<QueriesOptions>> = {
  url: { type: "string", set: (o, value) => (o.url = loopbackUrl(value)) },
  json: {
    type: "string",
    set: (o, value, flag) => {
      if (!value) throw incomplete(flag);
      o.json = value;
    },
  },
  cost: {
    type: "boolean",
    set: (o, value, flag) => {
      noValue(flag, value);
      o.cost = true;
    },
  },
};

/** The command's options, or "help" for --help; a UsageError names what was wrong. */
export function parseQueriesOptions(argv: string[]): QueriesOptions | "help" {
  const database = databaseOptions<QueriesOptions>();
  const options = parseOptions(
    argv,
    { url: null, json: null, cost: false, database: defaultDatabase() },
    { ...SPECS, ...database.specs },
    incomplete,
  );
  if (options === "help") return options;
  if (options.cost && options.url) throw new UsageError("--cost starts servers of its own: it takes no --url.");
  return database.finish(options);
}
