/**
 * fastblog's production server: Next.js behind a small front that applies the mode
 * (compression, cache headers, query instrumentation) to each request.
 *
 *   npm run serve            serve an existing build on PORT (default 3000)
 *
 * `npm start` builds, migrates and seeds first, then runs this. On SIGTERM or SIGINT the server
 * stops accepting connections, lets the requests in flight finish, and exits 0.
 */
import { createServer, type Server } from "node:http";
import next from "next";
import { delayDatabaseRoundTrips } from "../lib/db/latency/thread";
import { sweepThumbnailCache } from "../lib/media/thumbnails";
import { closeGracefully, closeStalledSends, oneRequestAtATime } from "../lib/server/connection-guard";
import { createFront } from "../lib/server/front";
import { preflight } from "../lib/server/preflight";
import { formatMode } from "../lib/contract/mode";
import { onStopSignals } from "./run";
import { connectionLimits, debugPanelEnabled, defaultMode, serverPort } from "../lib/settings";

const DRAIN_TIMEOUT_MS = 10_000;
/** How long a connection made just before a stop signal has to send its first request. */
const FIRST_REQUEST_GRACE_MS = 1_000;
/**
 * How long a client may take to send a request's headers, and the whole request: fastblog takes
 * only GET and HEAD, so both are short (Node's defaults are 60 s and 300 s; nginx's
 * `client_header_timeout` is 60 s).
 */
const HEADERS_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 15_000;

/** A listening server, and how to stop it gracefully (see `closeGracefully`). */
export type RunningServer = { server: Server; close: () => Promise<void> };

export async function startServer({
  port,
  hostname = "0.0.0.0",
  dev = false,
}: {
  port: number;
  hostname?: string;
  dev?: boolean;
}): Promise<RunningServer> {
  await preflight();
  // Before Next.js loads the pages, whose Prisma client connects wherever the route says.
  await delayDatabaseRoundTrips();
  await sweepThumbnailCache();
  const app = next({ dev, hostname, port, dir: process.cwd() });
  await app.prepare();
  const nextHandle = app.getRequestHandler();
  const handle = createFront({ next: (req, res) => nextHandle(req, res), debugPanel: debugPanelEnabled() });
  const limits = connectionLimits();
  const requests = oneRequestAtATime(
    (req, res, signal) => {
      handle(req, res, signal).catch((error: unknown) => {
        if (signal.aborted) return res.destroy();
        console.error("Request failed:", error);
        if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
        res.end("Internal error.");
      });
    },
    { maxRequests: limits.maxRequestsPerConnection },
  );
  const server = createServer(
    { headersTimeout: HEADERS_TIMEOUT_MS, requestTimeout: REQUEST_TIMEOUT_MS, connectionsCheckingInterval: 1000 },
    requests,
  );
  server.maxRequestsPerSocket = limits.maxRequestsPerConnection;
  closeStalledSends(server, limits.sendTimeoutMs);
  const { close } = closeGracefully(server, { firstRequestMs: FIRST_REQUEST_GRACE_MS });
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "EADDRINUSE"
          ? new Error(`Port ${port} is already in use: stop the program that holds it, or choose another with PORT=…`)
          : error,
      ),
    );
    server.listen(port, hostname, () => resolve());
  });
  return { server, close };
}

/**
 * On SIGTERM or SIGINT, stops taking connections, waits for the requests in flight, then exits 0.
 * A second Ctrl-C (not npm's relay of the first) stops at once.
 */
export function drainOnSignals({ close }: RunningServer): void {
  const drain = (signal: string) => {
    console.log(`${signal}: finishing the requests in flight, then stopping.`);
    void close().then(() => process.exit(0));
    setTimeout(() => {
      console.error(`Requests still running after ${DRAIN_TIMEOUT_MS / 1000} s; stopping anyway.`);
      process.exit(1);
    }, DRAIN_TIMEOUT_MS).unref();
  };
  onStopSignals(drain);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  startServer({ port: serverPort(), dev: process.argv.includes("--dev") })
    .then((running) => {
      drainOnSignals(running);
      console.log(`fastblog is serving on http://localhost:${serverPort()} (mode: ${formatMode(defaultMode())} by default)`);
    })
    .catch((error: unknown) => {
      console.error(`Could not start the server: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
}
