import type { IncomingMessage } from "node:http";

/**
 * Who a request comes from, defined once: the address of the socket's peer. Pages take turns by
 * it, thumbnails queue by it, and the debug panel's allow list checks it.
 */
export function clientOf(req: IncomingMessage): string {
  return req.socket.remoteAddress ?? "unknown";
}
