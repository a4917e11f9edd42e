import net from "node:net";

/**
 * A TCP proxy that delays everything passing through it, in both directions, by half of a set
 * latency, so that every round trip through it costs that latency more: a database in another
 * zone, on the loopback. It does what Shopify's toxiproxy does with its latency toxic, as a
 * measuring instrument inside fastblog (toxiproxy cannot be installed everywhere fastblog runs).
 * The server runs it in a thread of its own (lib/db/latency/thread.ts), so that rendering a
 * page never holds a packet back longer than the latency says.
 */
export type LatencyProxy = { port: number; close: () => Promise<void> };

export type ProxyTarget = { host: string; port: number };

/**
 * libuv's timers count whole milliseconds and may fire a millisecond late, so they only bring the
 * line to within this many milliseconds of a release. From there it naps (Atomics.wait, which
 * sleeps to a few hundredths of a millisecond) and looks at its sockets between naps.
 */
const TIMER_WINDOW_MS = 2;
/** The longest nap between two looks at the sockets: what arrives meanwhile is timed to within it. */
const NAP_MS = 0.25;
/** The last stretch before a release is polled, not slept: a nap may end a twentieth of a millisecond late. */
const POLL_MS = 0.2;

const napCell = new Int32Array(new SharedArrayBuffer(4));

/**
 * Everything that passes, data or a close, in the order it arrived, each released `delayMs`
 * after it arrived. With one delay for all, arrival order is release order, so one queue serves
 * every connection and both directions, and a close never overtakes the data before it. Between
 * releases the thread sleeps rather than spins, and does not poll after a release to catch the
 * answer awake: on a busy machine a polling thread takes the processor from the server and
 * PostgreSQL, and costs each round trip more than it saves (docs/postgresql.md gives the figures).
 */
class DelayLine {
  readonly #queue: { due: number; release: () => void }[] = [];
  #scheduled = false;

  constructor(readonly delayMs: number) {}

  push(release: () => void): void {
    this.#queue.push({ due: performance.now() + this.delayMs, release });
    this.#schedule();
  }

  #pump = (): void => {
    this.#scheduled = false;
    while (this.#queue.length > 0 && this.#queue[0]!.due <= performance.now()) this.#queue.shift()!.release();
    this.#schedule();
  };

  #schedule(): void {
    if (this.#scheduled || this.#queue.length === 0) return;
    this.#scheduled = true;
    const wait = this.#queue[0]!.due - performance.now();
    if (wait > TIMER_WINDOW_MS + 1) {
      setTimeout(this.#pump, wait - TIMER_WINDOW_MS);
      return;
    }
    if (wait > POLL_MS) Atomics.wait(napCell, 0, 0, Math.min(wait - POLL_MS, NAP_MS));
    setImmediate(this.#pump);
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
