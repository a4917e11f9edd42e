import type { IncomingMessage } from "node:http";
import type { Kind } from "./validate-target";

/**
 * Request headers only the server itself may set, and those of Next.js's client-side router:
 * fastblog's pages navigate with plain links, and a forged router state answers 500 inside Next.js.
 */
const INTERNAL_HEADERS = [
  "x-fastblog-mode",
  "x-fastblog-url",
  "x-middleware-subrequest",
  "x-middleware-prefetch",
  "x-invoke-path",
  "x-invoke-query",
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-url",
  "next-action",
];

/**
 * What Next.js sees of the request: the target as a path, none of the internal headers, and for
 * a page HEAD rendered as GET, so that its length and ETag are known (Node sends no body for HEAD
 * whatever is written).
 */
export function prepareForNext(req: IncomingMessage, path: string, kind: Kind): void {
  if (!req.url!.startsWith("/")) req.url = path;
  if (kind === "page" && req.method === "HEAD") req.method = "GET";
  for (const name of INTERNAL_HEADERS) delete req.headers[name];
}
