/**
 * fastblog's production server: Next.js behind a small front that applies the mode
 * (compression, cache headers, query instrumentation) to each request.
 *
 *   npm run serve            serve an existing build on PORT (default 3000)
 *
 * `npm start` builds, migrates and seeds first, then runs this.
 */
import { createServer } from "node:http";
import next from "next";
import { createHandler } from "../lib/server/handler";
import { serveOriginal } from "../lib/media/originals";
import { serveThumbnail } from "../lib/media/thumbnails";

export async function startServer({ port, hostname = "0.0.0.0", dev = false }: { port: number; hostname?: string; dev?: boolean }) {
  const app = next({ dev, hostname, port, dir: process.cwd() });
  await app.prepare();
  const nextHandle = app.getRequestHandler();
  const handle = createHandler({
    next: (req, res) => nextHandle(req, res),
    original: serveOriginal,
    thumbnail: serveThumbnail,
    debugPanel: process.env.DEBUG_PANEL !== "0",
  });
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error("Request failed:", error);
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("Internal error.");
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, hostname, () => resolve());
  });
  return server;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 3000);
  startServer({ port, dev: process.argv.includes("--dev") })
    .then(() => console.log(`fastblog is serving on http://localhost:${port} (mode: ${process.env.BLOG_MODE || "optimized"} by default)`))
    .catch((error: unknown) => {
      console.error(`Could not start the server: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
}
