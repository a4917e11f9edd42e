import { rmSync } from "node:fs";
import { onStopSignals, type RunningProcess } from "../run";
import { processesOf, removeState } from "./state";

/** How long a part may take to stop before it is killed. */
const STOP_TIMEOUT_MS = 15_000;

type Part = { name: string; stop: () => Promise<void> };

/**
 * The parts of a running cluster and how to stop them: on Ctrl-C or SIGTERM, or when a part the
 * cluster cannot run without exits, each is stopped in the reverse order of its start (nginx
 * first, so that no request reaches an instance that is stopping, the database last). Then any
 * process that still carries the cluster's folder in its environment (a seed cut short) is
 * killed, the folder is deleted, and the process exits: 0 on a signal, 1 when a part died.
 */
export class Supervisor {
  static current: Supervisor | null = null;
  readonly #parts: Part[] = [];
  #stopping: Promise<void> | null = null;
  #died: (code: number) => void = () => undefined;
  readonly #untilStopped = new Promise<number>((resolve) => (this.#died = resolve));

  constructor(
    readonly root: string,
    private readonly log: (message: string) => void,
  ) {
    Supervisor.current = this;
    onStopSignals((signal) => {
      this.log(`${signal}: stopping the cluster…`);
      void this.stop().then(() => process.exit(0));
    });
  }

  /** A part and how to stop it; one added while the cluster stops is stopped at once. */
  add(name: string, stop: () => Promise<void>): void {
    this.#parts.push({ name, stop });
    if (this.#stopping) void stop();
  }

  /**
   * A child process as a part: `signal` stops it (SIGKILL if it takes too long). When a `vital`
   * one exits on its own, the whole cluster stops.
   */
  addProcess(
    name: string,
    running: RunningProcess,
    { signal = "SIGTERM", vital = true }: { signal?: NodeJS.Signals; vital?: boolean } = {},
  ): void {
    this.add(name, async () => {
      running.kill(signal);
      const timer = setTimeout(() => running.kill("SIGKILL"), STOP_TIMEOUT_MS);
      await running.exited;
      clearTimeout(timer);
    });
    void running.exited.then(({ code, signal: killedBy }) => {
      if (!vital || this.#stopping) return;
      this.log(`${name} exited (${killedBy ?? `exit code ${code}`}): stopping the cluster.\n${running.output().slice(-2000)}`);
      void this.stop().then(() => this.#died(1));
    });
  }

  /** Resolves with the exit code once a vital part has died and everything is stopped. */
  untilStopped(): Promise<number> {
    return this.#untilStopped;
  }

  stop(): Promise<void> {
    this.#stopping ??= this.#stopAll();
    return this.#stopping;
  }

  async #stopAll(): Promise<void> {
    for (const part of [...this.#parts].reverse()) {
      await part
        .stop()
        .catch((error: unknown) => this.log(`Stopping ${part.name} failed: ${error instanceof Error ? error.message : String(error)}`));
    }
    for (const pid of processesOf(this.root)) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        // Gone meanwhile.
      }
    }
    rmSync(this.root, { recursive: true, force: true });
    removeState();
    this.log("The cluster has stopped.");
  }
}
