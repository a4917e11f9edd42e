import autocannon from "autocannon";
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { request } from "node:http";
import { connect, type Socket } from "node:net";

/**
 * What the hostile-client specs need: raw sockets for pipelining and stalls, and the server
 * process's own figures from /proc (open descriptors, CPU time), never a stopwatch guess.
 */

const CLOCK_TICKS = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim());

/** How many file descriptors a process holds open now. */
export function openDescriptors(pid: number): number {
  return readdirSync(`/proc/${pid}/fd`).length;
}

/** The CPU time a process has used so far (user and system), in milliseconds. */
export function cpuTimeMs(pid: number): number {
  // The command name, field 2, may hold spaces: count the fields after its closing parenthesis.
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

/** Polls a condition until it holds; throws with `what` once the deadline passes. */
export async function waitUntil(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<number> {
  const started = performance.now();
  while (!(await condition())) {
    if (performance.now() - started > timeoutMs) throw new Error(`Not within ${timeoutMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return performance.now() - started;
}

/** Waits until the process has used no CPU for a whole `quietMs`, and gives its CPU time then. */
export async function cpuWhenIdle(pid: number, quietMs = 600, timeoutMs = 60_000): Promise<number> {
  let last = cpuTimeMs(pid);
  let quietSince = performance.now();
  await waitUntil(
    () => {
      const now = cpuTimeMs(pid);
      // One clock tick of housekeeping is not work.
      if (now - last > 1000 / CLOCK_TICKS) quietSince = performance.now();
      last = now;
      return performance.now() - quietSince >= quietMs;
    },
    timeoutMs,
    `the server to become idle (pid ${pid})`,
  );
  return last;
}

/** `count` GET requests for `paths` in turn, as one buffer, for one write. */
export function pipelinedRequests(paths: string[], count: number, headers: Record<string, string> = {}): Buffer {
  const extra = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join("");
  const one = (path: string) => `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n${extra}\r\n`;
  return Buffer.from(Array.from({ length: count }, (_, i) => one(paths[i % paths.length]!)).join(""));
}

/** Opens a connection and writes `bytes` in one go; resolves once the bytes are handed to the kernel. */
export function sendRaw(port: number, bytes: Buffer, { read = true } = {}): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: "127.0.0.1", port }, () => socket.write(bytes, () => resolve(socket)));
    socket.on("error", reject);
    // A client that never reads: the server's answers pile up in the kernel, then in the server.
    if (!read) socket.pause();
  });
}

/** Everything a connection receives until the server closes it. */
export function readUntilClosed(socket: Socket, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = "";
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`The server did not close the connection within ${timeoutMs} ms.`));
    }, timeoutMs);
    socket.on("data", (chunk: Buffer) => (text += chunk.toString("latin1")));
    socket.on("close", () => {
      clearTimeout(timer);
      resolve(text);
    });
    socket.resume();
  });
}

export type TimedAnswer = { status: number; ms: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

/** One GET on a new connection, optionally from another loopback address (another client). */
export function timedGet(
  base: string,
  path: string,
  { headers = {}, localAddress }: { headers?: Record<string, string>; localAddress?: string } = {},
): Promise<TimedAnswer> {
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = request(url, { agent: false, headers, localAddress }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({ status: res.statusCode!, ms: performance.now() - started, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on("error", reject);
    req.setTimeout(30_000, () => req.destroy(new Error(`${path} took over 30 s`)));
    req.end();
  });
}

/** Another client: the whole 127.0.0.0/8 is the loopback, so the server sees a second address. */
export const VISITOR = "127.0.0.2";

/**
 * Runs autocannon until `whileRunning` is done, then stops it and gives its result. `whileRunning`
 * is told how many answers the load has had so far, in all or with one status.
 */
export async function underLoad<T>(options: autocannon.Options, whileRunning: (answers: (status?: number) => number) => Promise<T>) {
  const statuses = new Map<number, number>();
  let answers = 0;
  let instance!: autocannon.Instance;
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon({ ...options, duration: 120 }, (error, result) => (error ? reject(error) : resolve(result)));
  });
  instance.on("response", (_client: unknown, status: number) => {
    answers += 1;
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  });
  try {
    const answered = (status?: number) => (status === undefined ? answers : (statuses.get(status) ?? 0));
    return { during: await whileRunning(answered), result: await (instance.stop(), finished) };
  } catch (error) {
    instance.stop();
    await finished;
    throw error;
  }
}

/** The nearest-rank percentile of some durations, in milliseconds. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
