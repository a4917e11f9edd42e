import { monitorEventLoopDelay } from "node:perf_hooks";

/**
 * Load shedding for pages, after Fastify's `@fastify/under-pressure`: under overload, answer
 * at once with 503 and `Retry-After` rather than queue without bound. That plugin only runs
 * inside Fastify, so its measure is taken here: the event loop's delay, from a
 * `monitorEventLoopDelay` histogram, its mean over each sample interval minus the timer's
 * resolution. Added to it, the queue length: only so many pages render at once, and only so
 * many wait, each for a bounded time. Everything else (files, thumbnails, robots.txt) never
 * waits here, so it keeps answering while pages are being shed.
 */
export type SheddingLimits = {
  /** Pages rendering at once. */
  concurrency: number;
  /** Pages waiting for their turn; one more is answered 503 at once. */
  queue: number;
  /** How long a page may wait for its turn before it is answered 503. */
  queueWaitMs: number;
  /** No page is taken on while the event loop's mean delay is above this. */
  maxEventLoopDelayMs: number;
};

export type Admission = { ok: true; release: () => void } | { ok: false; reason: "gone" | "busy" | "slow" };

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

/** A page waiting for its turn; it leaves the line itself when it is refused or its client goes. */
type Waiter = { admit: () => void };

/** Admits pages to render under the limits above; the front answers 503 to the ones it refuses. */
export class PageGate {
  #rendering = 0;
  readonly #waiting: Waiter[] = [];

  constructor(
    readonly limits: SheddingLimits,
    readonly delayMs: () => number = eventLoopDelay(),
  ) {}

  get rendering(): number {
    return this.#rendering;
  }

  get waiting(): number {
    return this.#waiting.length;
  }

  /** Resolves when the page may render (call `release` once it is done), or with why not. */
  admit(signal: AbortSignal): Promise<Admission> {
    if (signal.aborted) return Promise.resolve({ ok: false, reason: "gone" });
    // Shedding pages only helps when pages are what keeps the loop busy: after one long stall
    // (a 5 s database lock), with nothing rendering, the next page is taken as usual.
    if (this.#rendering > 0 && this.delayMs() > this.limits.maxEventLoopDelayMs) return Promise.resolve({ ok: false, reason: "slow" });
    if (this.#rendering < this.limits.concurrency) return Promise.resolve(this.#admitted());
    if (this.#waiting.length >= this.limits.queue) return Promise.resolve({ ok: false, reason: "busy" });
    return new Promise((resolve) => {
      const leave = (reason: "gone" | "busy") => {
        clearTimeout(timer);
        signal.removeEventListener("abort", onAbort);
        this.#waiting.splice(this.#waiting.indexOf(waiter), 1);
        resolve({ ok: false, reason });
      };
      const onAbort = () => leave("gone");
      const timer = setTimeout(() => leave("busy"), this.limits.queueWaitMs);
      const waiter: Waiter = {
        admit: () => {
          clearTimeout(timer);
          signal.removeEventListener("abort", onAbort);
          resolve(this.#admitted());
        },
      };
      signal.addEventListener("abort", onAbort, { once: true });
      this.#waiting.push(waiter);
    });
  }

  #admitted(): Admission {
    this.#rendering += 1;
    let released = false;
    return {
      ok: true,
      release: () => {
        if (released) return;
        released = true;
        this.#rendering -= 1;
        this.#waiting.shift()?.admit();
      },
    };
  }
}
