import { parseOptions, UsageError, type OptionSpec } from "../bench/cli/args";

export const CLUSTER_USAGE = `npm run cluster -- [options]

Runs fastblog as it would be deployed on several machines, on this one: a throwaway PostgreSQL
cluster (migrated and seeded), Redis, several production servers of the same build, and nginx in
front of them as load balancer and edge cache, on PORT (default 3000). An instance that dies is
started again. Ctrl-C or SIGTERM stops everything and deletes what it wrote. docs/deploy.md
describes the topology; deploy/nginx.conf.template is nginx's configuration.

  --instances N        app instances behind nginx, 1 to 16 (default 2)
  --db NAME            postgres | sqlite (default postgres): a throwaway PostgreSQL cluster,
                       or a SQLite file the instances share
  --database-url URL   an existing PostgreSQL instead (postgresql://…), seeded when empty
  --help               this text

Needs Debian's nginx, redis-server and (for --db postgres) postgresql packages.`;

export type ClusterOptions = { instances: number; db: "postgres" | "sqlite"; databaseUrl: string | null };

const unknown = (flag: string) =>
  new UsageError(`Unknown or incomplete option "${flag}". Options: --instances N --db postgres|sqlite --database-url URL --help.`);

function specs(): Record<string, OptionSpec<ClusterOptions>> {
  return {
    instances: {
      type: "string",
      set: (o, value, flag) => {
        const n = Number(value);
        if (!/^\d+$/.test(value ?? "") || n < 1 || n > 16)
          throw new UsageError(`${flag} needs a whole number from 1 to 16; got "${value ?? ""}".`);
        o.instances = n;
      },
    },
    db: {
      type: "string",
      set: (o, value, flag) => {
        if (value !== "postgres" && value !== "sqlite") throw new UsageError(`${flag} must be postgres or sqlite; got "${value ?? ""}".`);
        o.db = value;
      },
    },
    "database-url": {
      type: "string",
      set: (o, value, flag) => {
        if (!value || !/^postgres(ql)?:\/\/[^/]/.test(value))
          throw new UsageError(
            `${flag} needs a PostgreSQL URL such as postgresql://user:password@localhost:5432/fastblog; got "${value ?? ""}".`,
          );
        o.databaseUrl = value;
      },
    },
  };
}

/** The cluster's options from its command line, or "help". Throws a UsageError naming what was wrong. */
export function parseClusterOptions(argv: string[]): ClusterOptions | "help" {
  const options = parseOptions<ClusterOptions>(argv, { instances: 2, db: "postgres", databaseUrl: null }, specs(), unknown);
  if (options === "help") return options;
  if (options.databaseUrl && options.db === "sqlite")
    throw new UsageError("--database-url is a PostgreSQL; it cannot go with --db sqlite.");
  return options;
}
