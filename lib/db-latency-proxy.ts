import net from "node:net";

/**
 * A TCP proxy that delays everything passing through it, in both directions, by half of a set
 * latency, so that every round trip through it costs that latency more: a database in another
 * zone, on the loopback. It does what Shopify's toxiproxy does with its latency toxic, as a
 * measuring instrument inside fastblog (toxiproxy cannot be installed everywhere fastblog runs).
 * The server runs it in a thread of its own (lib/db-latency-thread.ts), so that rendering a
 * page never holds a packet back longer than the latency says.
 */
export type LatencyProxy = { port: number; close: () => Promise<void> };

export type ProxyTarget = { host: string; port: number };

/**
 * libuv's timers count whole milliseconds and may fire a millisecond late, and a thread asleep
 * takes a tenth of a millisecond to wake on a busy machine. So timers only bring the line to
 * within this many milliseconds of a release, and from there it polls: it runs the event loop
 * without sleeping, reading what arrives and releasing what is due, as a packet scheduler would.
 */
const POLL_WINDOW_MS = 2;
/** How long the line keeps polling after a release, so that the answer it expects (a query's result, the next query) finds it awake. */
const STAY_AWAKE_MS = 1;

/**
 * Everything that passes, data or a close, in the order it arrived, each released `delayMs`
 * after it arrived. With one delay for all, arrival order is release order, so one queue serves
 * every connection and both directions, and a close never overtakes the data before it.
 */
class DelayLine {
  readonly #queue: { due: number; release: () => void }[] = [];
  #scheduled = false;
  #lastRelease = -Infinity;

  constructor(readonly delayMs: number) {}

  push(release: () => void): void {
    this.#queue.push({ due: performance.now() + this.delayMs, release });
    this.#schedule();
  }

  #pump = (): void => {
    this.#scheduled = false;
    while (this.#queue.length > 0 && this.#queue[0]!.due <= performance.now()) {
      this.#queue.shift()!.release();
      this.#lastRelease = performance.now();
    }
    this.#schedule();
  };

  #schedule(): void {
    if (this.#scheduled) return;
    const now = performance.now();
    const wait = this.#queue.length > 0 ? this.#queue[0]!.due - now : null;
    if (wait === null && now - this.#lastRelease >= STAY_AWAKE_MS) return;
    this.#scheduled = true;
    if (wait !== null && wait > POLL_WINDOW_MS + 1) setTimeout(this.#pump, wait - POLL_WINDOW_MS);
    else setImmediate(this.#pump);
  }
}

/** Sends what `from` receives to `to` through the line, and its end or close after it. */
function forward(from: net.Socket, to: net.Socket, line: DelayLine): void {
  from.on("data", (chunk: Buffer) =>
    line.push(() => {
      if (to.destroyed || to.write(chunk)) return;
      from.pause();
      to.once("drain", () => from.resume());
    }),
  );
  from.on("end", () => line.push(() => to.end()));
  from.on("close", () => line.push(() => to.destroy()));
  // A reset or a refused connection closes the socket; "close" above passes that on.
  from.on("error", () => undefined);
}

/**
 * Listens on a free port of the loopback and relays each connection to `target`, delaying each
 * direction by `latencyMs / 2`. Connecting to the target is not delayed (toxiproxy's latency
 * does not delay it either), and a target that refuses closes the client's connection.
 */
export async function startLatencyProxy(target: ProxyTarget, latencyMs: number): Promise<LatencyProxy> {
  const line = new DelayLine(latencyMs / 2);
  const sockets = new Set<net.Socket>();
  const server = net.createServer({ allowHalfOpen: true, noDelay: true }, (client) => {
    const upstream = net.connect({ ...target, allowHalfOpen: true, noDelay: true });
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.once("close", () => sockets.delete(socket));
    }
    forward(client, upstream, line);
    forward(upstream, client, line);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  return {
    port: (server.address() as net.AddressInfo).port,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
