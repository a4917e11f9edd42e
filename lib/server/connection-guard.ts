import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { Socket } from "node:net";

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
