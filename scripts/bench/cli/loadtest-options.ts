import type { LoadTestOptions } from "../types/settings";
import { noValue, parseOptions, UsageError, type OptionSpec } from "./args";
import { DATABASE_USAGE, databaseOptions, defaultDatabase } from "./database-options";
import { DEFAULT_MODES, modeList, MODES_USAGE } from "./modes";

export const LOADTEST_USAGE = `npm run loadtest -- [options]

Starts a production server on a freshly seeded database (or uses --url), then runs autocannon
against one path in naive and then optimized mode (then cached, with --modes), and compares
requests per second. An answer
that takes over 60 s counts as a timeout, and any timeout fails the run.

${MODES_USAGE}
  --connections N      concurrent connections (default 20)
  --duration S         seconds a mode (default 15)
  --url URL            a running server on this machine instead of starting one
  --path /p            the page to load (default /)
  --json FILE          also write the results as JSON
  --cluster            visits instead of single requests: each visitor (--connections of them)
                       fetches the page and every file it references, as a browser does, cold
                       (empty browser cache) and warm (a browser cache that honours max-age),
                       through nginx's edge and directly against one instance, in both modes; it
                       reports visits per second, p50 and p99 visit time, and the requests per
                       visit that reached an app instance. Against the cluster at --url (started
                       by \`npm run cluster\`), or one it starts on the database options below
  --kill-one           with --cluster: SIGKILL one instance half-way through each run through the
                       edge; any failed visit fails the run
${DATABASE_USAGE}
  --help               this text`;

const incomplete = (flag: string) =>
  new UsageError(
    `Unknown or incomplete option "${flag}". Options: --modes LIST --connections N --duration S --url URL --path /p --json FILE --cluster --kill-one --db sqlite|postgres --database-url URL --db-latency MS.`,
  );

function count(flag: string, value: string | undefined): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0 || n > 1000)
    throw new UsageError(`${flag} needs a whole number from 1 to 1000; got "${value ?? ""}".`);
  return n;
}

/** Only a server on this machine: the load test must never flood someone else's. */
function loopbackUrl(value: string | undefined): string {
  if (!value || !/^https?:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?\/?$/.test(value)) {
    throw new UsageError(`--url must be a loopback address such as http://localhost:3000; got "${value ?? ""}".`);
  }
  return value.replace(/\/$/, "");
}

function pagePath(flag: string, value: string | undefined): string {
  if (!value?.startsWith("/")) throw incomplete(flag);
  return value;
}

function file(flag: string, value: string | undefined): string {
  if (!value) throw incomplete(flag);
  return value;
}

const SPECS: Record<string, OptionSpec<LoadTestOptions>> = {
  modes: { type: "string", set: (o, value, flag) => (o.modes = modeList(flag, value)) },
  connections: { type: "string", set: (o, value, flag) => (o.connections = count(flag, value)) },
  duration: { type: "string", set: (o, value, flag) => (o.duration = count(flag, value)) },
  url: { type: "string", set: (o, value) => (o.url = loopbackUrl(value)) },
  path: { type: "string", set: (o, value, flag) => (o.path = pagePath(flag, value)) },
  json: { type: "string", set: (o, value, flag) => (o.json = file(flag, value)) },
  cluster: { type: "boolean", set: (o, value, flag) => (noValue(flag, value), (o.cluster = true)) },
  "kill-one": { type: "boolean", set: (o, value, flag) => (noValue(flag, value), (o.killOne = true)) },
};

/** The load test's options from its command line, or "help" for --help. Throws a UsageError naming what was wrong. */
export function parseLoadTestOptions(argv: string[]): LoadTestOptions | "help" {
  const defaults: LoadTestOptions = {
    modes: DEFAULT_MODES,
    connections: 20,
    duration: 15,
    url: null,
    path: "/",
    json: null,
    database: defaultDatabase(),
    cluster: false,
    killOne: false,
  };
  const database = databaseOptions<LoadTestOptions>();
  const options = parseOptions(argv, defaults, { ...SPECS, ...database.specs }, incomplete);
  if (options !== "help" && options.killOne && !options.cluster)
    throw new UsageError("--kill-one kills an instance of a cluster: add --cluster.");
  return options === "help" ? options : database.finish(options);
}
