/** Thrown by FairQueue.run when the queue, or the client's share of it, is full. */
export class QueueFullError extends Error {}

export type FairQueueLimits = {
  /** Tasks running at once. */
  concurrency: number;
  /** Tasks waiting, from all clients together. */
  total: number;
  /** Tasks waiting from one client. */
  perClient: number;
  /**
   * Tasks running at once from one client (`concurrency` when unset): below `concurrency`, the
   * slots left over are kept for the other clients, so that one whose tasks hold their slot for
   * seconds cannot take them all.
   */
  perClientRunning?: number;
};

/** A turn to run: call `release` once the work is done (calling it again does nothing). */
export type Turn = { ok: true; release: () => void };

/**
 * No turn: the client's share of the queue was full ("share"), or the whole queue ("full"), the
 * wait passed `waitMs` ("late"), or the caller's signal aborted ("gone").
 */
export type NoTurn = { ok: false; reason: "share" | "full" | "late" | "gone" };

/**
 * A bounded queue that is fair between clients, for thumbnails' resizes and pages' renders: at
 * most `concurrency` tasks run at once, and the others wait in one line per client. A slot that
 * frees goes to the client with the fewest tasks running, and among those to the one whose turn
 * it is (round robin, as a router's fair queue does); that client then goes to the back. A client
 * with forty tasks waiting delays another's first by at most the one slot that frees next,
 * however many it sends; first come, first served made the other wait for all forty. Past its
 * share, or past the total, a task is refused at once rather than queued without bound.
 */
export class FairQueue {
  #running = 0;
  #waiting = 0;
  /** Each client's tasks running now; a client with none has no entry. */
  readonly #runningBy = new Map<string, number>();
  /** Each client's waiting tasks; the map's order is the turn order, its first entry is next. */
  readonly #lines = new Map<string, (() => void)[]>();

  constructor(readonly limits: FairQueueLimits) {}

  get running(): number {
    return this.#running;
  }

  get waiting(): number {
    return this.#waiting;
  }

  /** How many of a client's tasks run or wait now. */
  holds(client: string): number {
    return (this.#runningBy.get(client) ?? 0) + (this.#lines.get(client)?.length ?? 0);
  }

  /**
   * A turn for one of the client's tasks, now or once the client's turn comes. A waiting task
   * leaves the line when `signal` aborts ("gone") or after `waitMs` ("late").
   */
  acquire(client: string, { signal, waitMs }: { signal?: AbortSignal; waitMs?: number } = {}): Promise<Turn | NoTurn> {
    if (signal?.aborted) return Promise.resolve({ ok: false, reason: "gone" });
    if (this.#running < this.limits.concurrency && this.#mayStart(client)) return Promise.resolve(this.#start(client));
    const line = this.#lines.get(client) ?? [];
    if (line.length >= this.limits.perClient) return Promise.resolve({ ok: false, reason: "share" });
    if (this.#waiting >= this.limits.total) return Promise.resolve({ ok: false, reason: "full" });
    return new Promise((resolve) => {
      const stopWaiting = () => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
      };
      const leave = (reason: "late" | "gone") => {
        stopWaiting();
        line.splice(line.indexOf(start), 1);
        if (line.length === 0) this.#lines.delete(client);
        this.#waiting -= 1;
        resolve({ ok: false, reason });
      };
      const onAbort = () => leave("gone");
      const timer = waitMs === undefined ? undefined : setTimeout(() => leave("late"), waitMs);
      const start = () => {
        stopWaiting();
        resolve(this.#start(client));
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      line.push(start);
      this.#lines.set(client, line);
      this.#waiting += 1;
    });
  }

  /** Runs `task` in the client's turn; throws QueueFullError at once when the queue or the client's share is full. */
  async run<T>(client: string, task: () => Promise<T>): Promise<T> {
    const turn = await this.acquire(client);
    if (!turn.ok) throw new QueueFullError(`The queue, or this client's share of it (${this.limits.perClient}), is full.`);
    try {
      return await task();
    } finally {
      turn.release();
    }
  }

  #start(client: string): Turn {
    this.#running += 1;
    this.#runningBy.set(client, (this.#runningBy.get(client) ?? 0) + 1);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      this.#running -= 1;
      const left = this.#runningBy.get(client)! - 1;
      if (left === 0) this.#runningBy.delete(client);
      else this.#runningBy.set(client, left);
      this.#startNext();
    };
    return { ok: true, release };
  }

  /** Whether the client has fewer tasks running than its share allows. */
  #mayStart(client: string): boolean {
    return (this.#runningBy.get(client) ?? 0) < (this.limits.perClientRunning ?? this.limits.concurrency);
  }

  /** Hands each free slot to the client with the fewest tasks running, first in turn among them, that may start one. */
  #startNext(): void {
    while (this.#running < this.limits.concurrency) {
      let next: [string, (() => void)[]] | null = null;
      for (const entry of this.#lines) {
        if (!this.#mayStart(entry[0])) continue;
        if (!next || (this.#runningBy.get(entry[0]) ?? 0) < (this.#runningBy.get(next[0]) ?? 0)) next = entry;
        if ((this.#runningBy.get(entry[0]) ?? 0) === 0) break;
      }
      if (!next) return;
      const [client, line] = next;
      const start = line.shift()!;
      this.#lines.delete(client);
      if (line.length > 0) this.#lines.set(client, line);
      this.#waiting -= 1;
      start();
    }
  }
}
