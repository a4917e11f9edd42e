import type { IncomingMessage } from "node:http";

/**
 * Who sent a request, as the fair queues tell clients apart (pages in ./load-shedding.ts,
 * thumbnails in lib/media/thumbnails.ts): the address of the socket's peer, with an IPv4
 * address that reached an IPv6 socket (`::ffff:203.0.113.7`) written as IPv4, so that one
 * client is one client whichever socket it came in on. fastblog trusts no `X-Forwarded-For`,
 * which any client can send: behind a proxy every request is the proxy's. Trusting a proxy's
 * header is to be added here, and only here.
 */
export function clientOf(req: IncomingMessage): string {
  const address = req.socket.remoteAddress;
  // Node forgets the address once the socket is destroyed: such a client has gone anyway.
  if (address === undefined) return "gone";
  return /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(address) ? address.slice("::ffff:".length) : address;
}
