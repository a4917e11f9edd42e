import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { Server as NetServer, type Socket } from "node:net";

/** A request handler that is told when its client has gone. */
export type GuardedHandler = (req: IncomingMessage, res: ServerResponse, signal: AbortSignal) => void;

type Connection = { busy: boolean; closed: boolean; requests: number; waiting: (() => void)[] };

/**
 * Serves the requests of one connection one at a time, as nginx does with pipelined requests:
 * the next starts only when the answer before it has gone out. Node parses every request of a
 * pipelined write at once and would start them all; answers go out in order anyway, so
 * starting them early only held their files and memory (a client that never reads held ~1,900
 * originals open per connection). When the connection closes, the requests still waiting are
 * dropped unanswered, and the one running learns it through its AbortSignal: at the socket's
 * error already (a reset), which comes before its close, and so before Node drops the thousands
 * of requests a pipelining client left parsed, a few hundred milliseconds for 13 such clients.
 *
 * `maxRequests` bounds the requests of one connection (nginx's `keepalive_requests`): the last
 * answer closes it, for HTTP/1.0 keep-alive too, which `server.maxRequestsPerSocket` leaves alone.
 */
export function oneRequestAtATime(handler: GuardedHandler, { maxRequests }: { maxRequests: number }) {
  const connections = new WeakMap<Socket, Connection>();
  return function guarded(req: IncomingMessage, res: ServerResponse): void {
    const socket = req.socket;
    let connection = connections.get(socket);
    if (!connection) {
      const created: Connection = { busy: false, closed: socket.destroyed, requests: 0, waiting: [] };
      socket.once("close", () => {
        created.closed = true;
        created.waiting.length = 0;
      });
      connections.set(socket, (connection = created));
    }
    const own = connection;
    own.requests += 1;
    // Past the limit: never started; the connection closes after the answer that reached it.
    if (own.requests > maxRequests) return;
    if (own.requests === maxRequests) res.shouldKeepAlive = false;
    const start = () => {
      own.busy = true;
      const gone = new AbortController();
      const onSocketClose = () => gone.abort();
      socket.once("close", onSocketClose);
      socket.once("error", onSocketClose);
      res.once("close", () => {
        socket.off("close", onSocketClose);
        socket.off("error", onSocketClose);
        if (!res.writableFinished) gone.abort();
        own.busy = false;
        // Closing the socket closes its answer first: the requests waiting on it must not start then.
        if (!own.closed && !socket.destroyed) own.waiting.shift()?.();
      });
      handler(req, res, gone.signal);
    };
    if (own.closed) return;
    if (own.busy) own.waiting.push(start);
    else start();
  };
}

/**
 * Closes connections whose answers make no progress for `timeoutMs`, like nginx's
 * `send_timeout`: a client that stops reading cannot hold the server's memory and files. Only
 * time spent with bytes waiting to go out counts; a slow page that has written nothing yet is
 * not a stalled send.
 */
export function closeStalledSends(server: Server, timeoutMs: number): () => void {
  const watched = new Map<Socket, { sent: number; since: number }>();
  server.on("connection", (socket: Socket) => {
    watched.set(socket, { sent: 0, since: performance.now() });
    socket.once("close", () => watched.delete(socket));
  });
  const check = () => {
    const now = performance.now();
    for (const [socket, progress] of watched) {
      // Bytes handed to the kernel so far: bytesWritten counts the ones still queued in Node too.
      const sent = socket.bytesWritten - socket.writableLength;
      if (socket.writableLength === 0 || sent !== progress.sent) Object.assign(progress, { sent, since: now });
      else if (now - progress.since >= timeoutMs) socket.destroy();
    }
  };
  const timer = setInterval(check, Math.min(1000, Math.max(50, timeoutMs / 4)));
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * Stops a server the way nginx's graceful shutdown does, and resolves once its last connection
 * has closed:
 * - it takes no new connection;
 * - a keep-alive connection between two requests closes now;
 * - each answer still to come says `Connection: close`, and its connection closes after it,
 *   the answers in flight included, as long as their headers have not gone out (Node would
 *   keep them open for their keep-alive time-out);
 * - a connection whose first request has not come yet gets `firstRequestMs` to begin it, and
 *   the server's headers time-out to finish it. Node's `server.close()` closes such a connection
 *   at once, as idle: a client that connected just before the signal lost its request unanswered.
 * Call it before the server takes its first connection, and `close` when the server should stop.
 */
export function closeGracefully(server: Server, { firstRequestMs }: { firstRequestMs: number }): { close: () => Promise<void> } {
  /** Each connection's requests so far, and the answers it has still to finish. */
  const connections = new Map<Socket, { requests: number; answering: Set<ServerResponse> }>();
  let closing = false;
  const closeWhenIdle = (socket: Socket) => {
    const state = connections.get(socket);
    if (state && state.answering.size === 0) socket.destroySoon();
  };
  server.on("connection", (socket: Socket) => {
    connections.set(socket, { requests: 0, answering: new Set() });
    socket.once("close", () => connections.delete(socket));
  });
  // Before the request handler, so that an answer that starts during the close can still say so.
  server.prependListener("request", (req: IncomingMessage, res: ServerResponse) => {
    const state = connections.get(req.socket);
    if (!state) return;
    state.requests += 1;
    state.answering.add(res);
    if (closing) res.shouldKeepAlive = false;
    res.once("close", () => {
      state.answering.delete(res);
      if (closing) closeWhenIdle(req.socket);
    });
  });
  return {
    close: () =>
      new Promise<void>((resolve) => {
        closing = true;
        // net.Server's close: stop listening and wait for the connections, without http.Server's
        // closing of every connection that has no request under way, the new ones included.
        NetServer.prototype.close.call(server, () => resolve());
        for (const [socket, state] of connections) {
          // Every answer whose headers have not gone out yet says `Connection: close`, the ones
          // in flight and the ones waiting behind them: a client that read `keep-alive` sent its
          // next request on a connection about to close, and never had an answer.
          for (const res of state.answering) if (!res.headersSent) res.shouldKeepAlive = false;
          if (state.requests > 0) closeWhenIdle(socket);
          else
            setTimeout(() => {
              // One that has sent part of a request is left to finish it, within the headers time-out.
              if (state.requests === 0 && socket.bytesRead === 0) socket.destroy();
            }, firstRequestMs).unref();
        }
      }),
  };
}
