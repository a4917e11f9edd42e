import { monitorEventLoopDelay } from "node:perf_hooks";
import { FairQueue } from "../util/fair-queue";

/**
 * Load shedding for pages, after Fastify's `@fastify/under-pressure`: under overload, answer
 * at once with 503 and `Retry-After` rather than queue without bound. That plugin only runs
 * inside Fastify, so its measure is taken here: the event loop's delay, from a
 * `monitorEventLoopDelay` histogram, its mean over each sample interval minus the timer's
 * resolution. Added to it, the queue length: only so many pages render at once, and only so
 * many wait, each for a bounded time, in turns between clients. Everything else (files, thumbnails, robots.txt) never
 * waits here, so it keeps answering while pages are being shed.
 */
export type SheddingLimits = {
  /** Pages rendering at once. */
  concurrency: number;
  /** Pages rendering at once from one client; the others are kept for the other clients. */
  concurrencyPerClient: number;
  /** Pages waiting for their turn, from all clients; one more is answered 503 at once. */
  queue: number;
  /** Pages waiting for their turn from one client; one more of its pages is answered 503 at once. */
  queuePerClient: number;
  /** How long a page may wait for its turn before it is answered 503. */
  queueWaitMs: number;
  /** No page is taken on while the event loop's mean delay is above this. */
  maxEventLoopDelayMs: number;
};

/**
 * A turn to render, or why not: the client has gone, the queue is full or the wait too long
 * ("busy"), the client has its share of the queue waiting already ("share"), or the event loop is
 * too slow to take another page of a client that has one in ("slow").
 */
export type Admission = { ok: true; release: () => void } | { ok: false; reason: "gone" | "busy" | "share" | "slow" };

/** How @fastify/under-pressure samples: every second, a 10 ms-resolution histogram. */
const SAMPLE_INTERVAL_MS = 1000;
const RESOLUTION_MS = 10;

/** The event loop's mean delay over the last sample interval, in milliseconds. */
export function eventLoopDelay(): () => number {
  const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  histogram.enable();
  let delayMs = 0;
  const timer = setInterval(() => {
    delayMs = Math.max(0, histogram.mean / 1e6 - RESOLUTION_MS);
    if (Number.isNaN(delayMs)) delayMs = Infinity;
    histogram.reset();
  }, SAMPLE_INTERVAL_MS);
  timer.unref();
  return () => delayMs;
}

/**
 * Admits pages to render under the limits above, fairly between clients (../util/fair-queue.ts):
 * each client waits in its own line, at most `queuePerClient` pages of it, renders at most
 * `concurrencyPerClient` at once, and a slot that frees goes to the client with the fewest pages
 * rendering. One client's flood of pages so fills its
 * own line, and its own 503s, while another's page takes the next slot. The front answers 503 to
 * the pages it refuses.
 */
export class PageGate {
  readonly #queue: FairQueue;

  constructor(
    readonly limits: SheddingLimits,
    readonly delayMs: () => number = eventLoopDelay(),
  ) {
    this.#queue = new FairQueue({
      concurrency: limits.concurrency,
      perClientRunning: limits.concurrencyPerClient,
      total: limits.queue,
      perClient: limits.queuePerClient,
    });
  }

  get rendering(): number {
    return this.#queue.running;
  }

  get waiting(): number {
    return this.#queue.waiting;
  }

  /** Resolves when the client's page may render (call `release` once it is done), or with why not. */
  async admit(client: string, signal: AbortSignal): Promise<Admission> {
    if (signal.aborted) return { ok: false, reason: "gone" };
    // Shedding pages only helps when pages are what keeps the loop busy: after one long stall
    // (a 5 s database lock), with nothing rendering, the next page is taken as usual. And only
    // the pages of a client that has one rendering or waiting already: a slow loop is no reason
    // to refuse a visitor's first page because another client floods the server.
    if (this.rendering > 0 && this.#queue.holds(client) > 0 && this.delayMs() > this.limits.maxEventLoopDelayMs)
      return { ok: false, reason: "slow" };
    const turn = await this.#queue.acquire(client, { signal, waitMs: this.limits.queueWaitMs });
    if (turn.ok) return turn;
    return { ok: false, reason: turn.reason === "gone" || turn.reason === "share" ? turn.reason : "busy" };
  }
}
