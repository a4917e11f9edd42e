import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { constants } from "node:os";

/**
 * Running other programs: the one place that spawns a child process. `run` is for a step of a
 * command (its output is the user's to see); `startProcess` for a program to follow and stop
 * (a server, a benchmark under test), with its output captured.
 */

/** Runs a command with inherited output; rejects with a message that names it when it fails. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.on("error", (error) => reject(new Error(`Could not run ${command}: ${error.message}`)));
    child.on("exit", (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${[command, ...args].join(" ")} failed (${signal ?? `exit code ${code}`}).`));
    });
  });
}

export type Exit = { code: number | null; signal: NodeJS.Signals | null };

export type RunningProcess = {
  child: ChildProcess;
  /** Everything it printed so far, stdout and stderr together. */
  output: () => string;
  /** Resolves when the output matches; rejects when the process exits first or time runs out. */
  waitFor: (pattern: RegExp, timeoutMs?: number) => Promise<void>;
  exited: Promise<Exit>;
  /** Sends a signal to the process and everything it started (its process group). */
  kill: (signal: NodeJS.Signals) => void;
};

/**
 * Starts a command and follows its output. By default in a process group of its own, so that
 * `kill` reaches everything it started; `group: false` keeps it in ours, so that a Ctrl-C in the
 * terminal or a signal to our group reaches it too.
 */
export function startProcess(command: string, args: string[], env: NodeJS.ProcessEnv = process.env, { group = true } = {}): RunningProcess {
  const label = [command, ...args].join(" ");
  const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"], detached: group });
  let text = "";
  child.stdout!.on("data", (chunk: Buffer) => (text += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (text += chunk.toString()));
  const exited = new Promise<Exit>((resolve) => {
    child.on("exit", (code, signal) => resolve({ code, signal }));
    child.on("error", (error) => {
      text += `Could not run ${command}: ${error.message}\n`;
      resolve({ code: null, signal: null });
    });
  });
  let done = false;
  void exited.then(() => (done = true));
  const waitFor = async (pattern: RegExp, timeoutMs = 120_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!pattern.test(text)) {
      if (done) throw new Error(`${label} exited before printing ${pattern}:\n${text}`);
      if (Date.now() > deadline) throw new Error(`${label} did not print ${pattern} in time:\n${text}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const kill = (signal: NodeJS.Signals) => {
    try {
      if (group) process.kill(-child.pid!, signal);
      else child.kill(signal);
    } catch {
      // Already gone.
    }
  };
  return { child, output: () => text, waitFor, exited, kill };
}

/**
 * The V8 flags the server runs with, wherever it is started: `npm start` and `npm run serve`
 * (package.json writes them too, and scripts/run.test.ts keeps the two the same), the benchmark
 * and the end-to-end tests. Node sizes V8's heap from the machine's memory (4 GB on 24 GB), and
 * V8 lets garbage pile up towards that limit before it collects. A 256 MB old generation makes V8
 * collect sooner and still leaves about three times the server's live heap for a burst of pages;
 * an 8 MB semi-space (16 by default) halves the young generation. docs/security.md gives the
 * figures. `npm run dev` keeps Node's defaults: compiling pages needs more.
 */
export const SERVER_NODE_FLAGS = ["--max-old-space-size=256", "--max-semi-space-size=8"] as const;

/** The most old generation the server asks for: Node's own default on a machine with 24 GB. */
const MAX_SERVER_HEAP_MB = 4_096;

/**
 * The old generation a server needs for a blog seeded at `scale` (SEED_SCALE): 256 MB, and 1 MB
 * more for each time the blog is larger, up to 4 GB. A naive page holds whole tables at once:
 * at 1000x, `/categories` loads each category's 21,000 to 42,000 articles, bodies and all, and
 * peaks at 782 MB resident, where 256 MB made V8 abort the whole server ("JavaScript heap out of
 * memory") on the first such request. At 10,000x a naive page can still run out.
 */
export function serverHeapMb(scale: number): number {
  return Math.min(256 + (scale > 1 ? scale : 0), MAX_SERVER_HEAP_MB);
}

/** SERVER_NODE_FLAGS with the old generation a blog seeded at `scale` needs. */
export function serverNodeFlags(scale: number): readonly string[] {
  return [`--max-old-space-size=${serverHeapMb(scale)}`, ...SERVER_NODE_FLAGS.slice(1)];
}

/**
 * Runs a script of the project with tsx; the node process is the child itself, so signals reach
 * it. `nodeFlags` go before the script (SERVER_NODE_FLAGS for the server).
 */
export function startScript(
  script: string,
  args: string[] = [],
  env: NodeJS.ProcessEnv = process.env,
  options?: { group?: boolean; nodeFlags?: readonly string[] },
): RunningProcess {
  return startProcess(process.execPath, [...(options?.nodeFlags ?? []), "--import", "tsx", script, ...args], env, options);
}

/**
 * Runs a command to its end and gives back its exit and output. On time-out its whole process
 * group gets SIGTERM (which lets a benchmark stop its server), and SIGKILL ten seconds later.
 */
export async function runToEnd(
  command: string,
  args: string[],
  timeoutMs: number,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Exit & { output: string }> {
  const running = startProcess(command, args, env);
  const timers = [setTimeout(() => running.kill("SIGTERM"), timeoutMs), setTimeout(() => running.kill("SIGKILL"), timeoutMs + 10_000)];
  const exit = await running.exited;
  timers.forEach(clearTimeout);
  return { ...exit, output: running.output() };
}

/** The exit code a shell gives a process a signal stopped: 128 and the signal's number (130 for SIGINT, 143 for SIGTERM). */
export function signalExitCode(signal: NodeJS.Signals): number {
  return 128 + constants.signals[signal];
}

/** How long a repeat of a stop signal counts as the same one: `npm run` relays to its script the Ctrl-C the script's process group got already. */
export const SIGNAL_RELAY_WINDOW_MS = 1_000;

/**
 * Calls `stop` on the first SIGINT or SIGTERM. The same signal again within
 * `SIGNAL_RELAY_WINDOW_MS` is its relay by `npm run` (a Ctrl-C reaches the script from the
 * terminal and again from npm), and is ignored. A stop signal after that is the user's second
 * Ctrl-C: the process exits at once with the shell's code for it (130, 143). The handlers stay
 * for the process's life: a once-only handler would let the relayed signal kill the process
 * with the default action, in the middle of what `stop` finishes.
 */
export function onStopSignals(
  stop: (signal: NodeJS.Signals) => void,
  { exit = (code: number) => process.exit(code), now = Date.now }: { exit?: (code: number) => void; now?: () => number } = {},
): () => void {
  let first: { signal: NodeJS.Signals; at: number } | undefined;
  const handlers = (["SIGINT", "SIGTERM"] as const).map((signal) => {
    const handler = () => {
      if (!first) {
        first = { signal, at: now() };
        stop(signal);
      } else if (signal !== first.signal || now() - first.at > SIGNAL_RELAY_WINDOW_MS) {
        process.stderr.write(`${signal} again: stopping now.\n`);
        exit(signalExitCode(signal));
      }
    };
    process.on(signal, handler);
    return [signal, handler] as const;
  });
  return () => handlers.forEach(([signal, handler]) => process.off(signal, handler));
}

export function step(message: string): void {
  console.log(`\n▸ ${message}`);
}

/** Whether a process is still there (one of another user's counts: it exists, we may not signal it). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** A port nothing listens on at this moment, on the loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("No free port."))));
    });
  });
}
