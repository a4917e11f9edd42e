import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { userInfo } from "node:os";
import path from "node:path";
import { MODE_COOKIE } from "../../lib/contract/mode";
import { DEBUG_REQUESTS, DEBUG_ROOT } from "../../lib/contract/urls/debug";
import { startProcess, type RunningProcess } from "../run";

/** The template the cluster's nginx configuration is made from: the deployment's documentation too. */
export const NGINX_TEMPLATE = path.resolve("deploy/nginx.conf.template");

/** Where an instance listens, and its name. */
export type Upstream = { name: string; port: number };

export type NginxValues = {
  /** The folder nginx runs in (`-p`): its logs, pid, cache and temporary files. */
  prefix: string;
  port: number;
  instances: Upstream[];
  /** The user its workers switch to when nginx starts as root; null otherwise. */
  user: { name: string; group: string } | null;
};

/** The template with every placeholder filled in; throws when one is left or unknown. */
export function renderNginxConfig(template: string, { prefix, port, instances, user }: NginxValues): string {
  const escape = (text: string) => text.replace(/[.\\/-]/g, (c) => `\\${c}`);
  const values: Record<string, string> = {
    user: user ? `user ${user.name} ${user.group};` : "",
    prefix,
    listen: `127.0.0.1:${port}`,
    servers: instances.map((i) => `    server 127.0.0.1:${i.port} max_fails=1 fail_timeout=2s;  # ${i.name}`).join("\n"),
    debug_routes: instances.map((i) => `    "~^${escape(DEBUG_REQUESTS)}${escape(i.name)}\\." 127.0.0.1:${i.port};`).join("\n"),
    debug_root: DEBUG_ROOT,
    mode_cookie: MODE_COOKIE,
    tries: String(Math.max(2, instances.length)),
  };
  return template.replace(/\{\{(\w+)\}\}/g, (_all, name: string) => {
    if (!Object.hasOwn(values, name)) throw new Error(`${NGINX_TEMPLATE} names an unknown placeholder {{${name}}}.`);
    return values[name]!;
  });
}

/**
 * As root, nginx's workers switch to another user (Debian's nginx would pick `nobody`): they get
 * `nobody` and the folders they write (the cache and temporary files), and may pass through the
 * folders above them. As anyone else, nginx runs as that user and needs nothing.
 */
function workerUser(prefix: string): NginxValues["user"] {
  if (userInfo().uid !== 0) return null;
  const id = (flag: string) => Number(execFileSync("id", [flag, "nobody"]).toString());
  const group = execFileSync("id", ["-gn", "nobody"]).toString().trim();
  // The cluster's folder (mkdtemp makes it 0700) and nginx's folder inside it.
  for (const dir of [path.dirname(prefix), prefix]) chmodSync(dir, 0o755);
  for (const dir of ["cache", "temp"]) execFileSync("chown", ["-R", `${id("-u")}:${id("-g")}`, path.join(prefix, dir)]);
  return { name: "nobody", group };
}

/** Writes the configuration into `prefix` and starts nginx in the foreground, in a process group of its own. */
export function startNginx(bin: string, prefix: string, port: number, instances: Upstream[], env: NodeJS.ProcessEnv): RunningProcess {
  for (const dir of ["cache", "temp/body", "temp/proxy", "temp/fastcgi", "temp/uwsgi", "temp/scgi"])
    mkdirSync(path.join(prefix, dir), { recursive: true });
  const config = path.join(prefix, "nginx.conf");
  const user = workerUser(prefix);
  writeFileSync(config, renderNginxConfig(readFileSync(NGINX_TEMPLATE, "utf8"), { prefix, port, instances, user }));
  return startProcess(bin, ["-p", prefix, "-c", config, "-e", path.join(prefix, "error.log"), "-g", "daemon off;"], env);
}
