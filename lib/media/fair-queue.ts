/** Thrown by FairQueue.run when the queue, or the client's share of it, is full. */
export class QueueFullError extends Error {}

export type FairQueueLimits = {
  /** Tasks running at once. */
  concurrency: number;
  /** Tasks waiting, from all clients together. */
  total: number;
  /** Tasks waiting from one client. */
  perClient: number;
};

/**
 * A bounded queue that is fair between clients: at most `concurrency` tasks run at once, and
 * the others wait in one line per client, started in turn, one from each client with work
 * waiting (round robin, as a router's fair queue does). A client with forty resizes waiting
 * delays another's first by at most one of them, however many it sends; first come, first
 * served made the other wait for all forty. Past its share, or past the total, a task is refused
 * at once with QueueFullError rather than queued without bound.
 */
export class FairQueue {
  #running = 0;
  #waiting = 0;
  /** Each client's waiting tasks; the map's order is the turn order, its first entry is next. */
  readonly #lines = new Map<string, (() => void)[]>();

  constructor(readonly limits: FairQueueLimits) {}

  get waiting(): number {
    return this.#waiting;
  }

  async run<T>(client: string, task: () => Promise<T>): Promise<T> {
    if (this.#running < this.limits.concurrency) this.#running += 1;
    else await this.#wait(client);
    try {
      return await task();
    } finally {
      this.#startNext();
    }
  }

  #wait(client: string): Promise<void> {
    const line = this.#lines.get(client) ?? [];
    if (line.length >= this.limits.perClient) throw new QueueFullError(`${line.length} tasks of this client are waiting already.`);
    if (this.#waiting >= this.limits.total) throw new QueueFullError(`${this.#waiting} tasks are waiting already.`);
    this.#waiting += 1;
    this.#lines.set(client, line);
    return new Promise<void>((resolve) => line.push(resolve));
  }

  /** Hands the slot that just freed to the next client in turn, which then goes to the back. */
  #startNext(): void {
    const next = this.#lines.entries().next();
    if (next.done) {
      this.#running -= 1;
      return;
    }
    const [client, line] = next.value;
    const start = line.shift()!;
    this.#lines.delete(client);
    if (line.length > 0) this.#lines.set(client, line);
    this.#waiting -= 1;
    start();
  }
}
