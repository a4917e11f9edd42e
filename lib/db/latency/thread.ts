import { Worker } from "node:worker_threads";
import { databaseProvider } from "../provider";
import { setDatabaseEndpoint } from "../endpoint";
import { databaseUrl, dbLatencyMs, SettingError } from "../../settings";

/** A latency proxy running in its own thread: the URL to connect to through it, and how to stop it. */
export type LatencyThread = { url: string; stop: () => Promise<void> };

/**
 * Starts the latency proxy (lib/db/latency/proxy.ts) in a worker thread, in front of the
 * PostgreSQL server of `databaseUrl`, and gives the same URL pointed at the proxy. In a thread of
 * its own, its timers fire on time however busy the server's own thread is with rendering, as a
 * network's delays would. The thread loads TypeScript through tsx, as every fastblog process does.
 */
export async function startLatencyThread(url: string, latencyMs: number): Promise<LatencyThread> {
  const parsed = new URL(url);
  if (!parsed.hostname) throw new SettingError("DB_LATENCY_MS needs a DATABASE_URL with a host and port, not a Unix socket.");
  const target = { host: parsed.hostname.replace(/^\[|\]$/g, ""), port: Number(parsed.port || 5432) };
  const entry = new URL("./worker.ts", import.meta.url).href;
  const boot = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`;
  const worker = new Worker(boot, { eval: true, workerData: { target, latencyMs } });
  const port = await new Promise<number>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`The latency proxy's thread exited (code ${code}) before it listened.`)));
  });
  // The proxy never keeps the process alive: the server decides when it ends.
  worker.unref();
  parsed.hostname = "127.0.0.1";
  parsed.port = String(port);
  return {
    url: parsed.toString(),
    stop: async () => {
      await worker.terminate();
    },
  };
}

/**
 * With `DB_LATENCY_MS` set, puts the latency proxy between this process's database connections
 * and PostgreSQL: every round trip the server makes then costs that many milliseconds more.
 * SQLite runs inside the server, with no round trip to delay, so it refuses the setting.
 */
export async function delayDatabaseRoundTrips(): Promise<void> {
  const latencyMs = dbLatencyMs();
  if (latencyMs === 0) return;
  if (databaseProvider() !== "postgresql")
    throw new SettingError(
      `DB_LATENCY_MS delays the round trips to PostgreSQL, but DATABASE_URL is SQLite, which runs inside the server with none.`,
    );
  const proxy = await startLatencyThread(databaseUrl(), latencyMs);
  setDatabaseEndpoint({ url: proxy.url, latencyMs });
  console.log(`Every round trip to PostgreSQL goes through a proxy that adds ${latencyMs} ms (DB_LATENCY_MS).`);
}
