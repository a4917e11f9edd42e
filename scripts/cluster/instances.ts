import { seedScale } from "../harness-settings";
import { serverNodeFlags, startScript, type RunningProcess } from "../run";

/** How long an instance has to listen after it starts: Next.js loads the build on a busy machine. */
const START_TIMEOUT_MS = 180_000;
/** How long a stopped instance may take to finish its requests before it is killed. */
const STOP_TIMEOUT_MS = 15_000;
/** The pause before a restart, doubled while an instance keeps dying young, up to the maximum. */
const RESTART_DELAY_MS = 500;
const MAX_RESTART_DELAY_MS = 10_000;
/** An instance that served this long counts as healthy again: its next restart is quick. */
const HEALTHY_AFTER_MS = 30_000;

/**
 * One app instance of the cluster: `scripts/serve.ts` of the shared build, on a port of its own
 * that it keeps across restarts (nginx's upstream names it), in a process group of its own. When
 * it dies for any reason but `stop`, it is started again, as a process manager would (systemd's
 * `Restart=always`), with a growing pause while it keeps dying at once.
 */
export class Instance {
  #running: RunningProcess | null = null;
  #stopping = false;
  #delayMs = RESTART_DELAY_MS;
  #startedAt = 0;

  constructor(
    readonly name: string,
    readonly port: number,
    private readonly env: NodeJS.ProcessEnv,
    private readonly log: (message: string) => void,
    /** Told each time the instance listens, with its new process. */
    private readonly onReady: () => void = () => undefined,
  ) {}

  get pid(): number | undefined {
    return this.#running?.child.pid;
  }

  /** Starts the instance and resolves once it listens; rejects when it exits first. */
  async start(): Promise<void> {
    this.#startedAt = Date.now();
    const running = startScript(
      "scripts/serve.ts",
      [],
      { ...this.env, PORT: String(this.port), INSTANCE_NAME: this.name },
      { nodeFlags: serverNodeFlags(seedScale()) },
    );
    this.#running = running;
    relayLines(running, this.name);
    void running.exited.then((exit) => this.#exited(running, exit.signal ?? `exit code ${exit.code}`));
    await running.waitFor(/serving on/, START_TIMEOUT_MS);
    this.log(`${this.name} ready on :${this.port} (pid ${running.child.pid})`);
    this.onReady();
  }

  #exited(running: RunningProcess, how: string): void {
    if (this.#stopping || running !== this.#running) return;
    const young = Date.now() - this.#startedAt < HEALTHY_AFTER_MS;
    this.#delayMs = young ? Math.min(this.#delayMs * 2, MAX_RESTART_DELAY_MS) : RESTART_DELAY_MS;
    const delay = young ? this.#delayMs : RESTART_DELAY_MS;
    this.log(`${this.name} (pid ${running.child.pid}) exited (${how}); restarting it in ${(delay / 1000).toFixed(1)} s`);
    setTimeout(() => {
      if (this.#stopping) return;
      // A start that fails ends in another exit, which schedules the next attempt.
      this.start().catch(() => undefined);
    }, delay);
  }

  /** SIGTERM: it finishes the requests in flight and exits; SIGKILL if it takes too long. */
  async stop(): Promise<void> {
    this.#stopping = true;
    const running = this.#running;
    if (!running) return;
    running.kill("SIGTERM");
    const timer = setTimeout(() => running.kill("SIGKILL"), STOP_TIMEOUT_MS);
    await running.exited;
    clearTimeout(timer);
  }
}

/** Prints what a child prints, each line after its name, as `docker compose` does. */
export function relayLines(running: RunningProcess, name: string): void {
  for (const stream of [running.child.stdout!, running.child.stderr!]) {
    let rest = "";
    stream.on("data", (chunk: Buffer) => {
      const lines = (rest + chunk.toString()).split("\n");
      rest = lines.pop()!;
      for (const line of lines) if (line.trim()) console.log(`${name} | ${line}`);
    });
  }
}
