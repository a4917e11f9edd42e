import type { IncomingMessage } from "node:http";
import { isIP } from "node:net";
import { trustedProxies } from "../settings";
import { inCidrs, unmapIPv4, type Cidr } from "../util/cidr";

/**
 * Who sent a request, as the fair queues tell clients apart (pages in ./load-shedding.ts,
 * thumbnails in lib/media/thumbnails.ts) and the debug panel's allow list admits them: the
 * address of the socket's peer, with an IPv4 address that reached an IPv6 socket
 * (`::ffff:203.0.113.7`) written as IPv4, so that one client is one client whichever socket it
 * came in on. Any client can send `X-Forwarded-For`, so it is believed only from a peer in
 * TRUSTED_PROXIES (none by default), and then read as nginx's realip module reads it with
 * `real_ip_recursive on`: from the right, each address a trusted proxy appended is skipped, and
 * the client is the first that is not one; when every address is a trusted proxy's, the
 * left-most. An entry that is not an address ends the walk: what came before it was written by
 * someone no trusted proxy vouches for.
 */
export function clientOf(req: IncomingMessage, trusted: readonly Cidr[] = trustedProxies()): string {
  const address = req.socket.remoteAddress;
  // Node forgets the address once the socket is destroyed: such a client has gone anyway.
  if (address === undefined) return "gone";
  let client = unmapIPv4(address);
  if (trusted.length === 0) return client;
  const forwarded = String(req.headers["x-forwarded-for"] ?? "").split(",");
  for (let i = forwarded.length - 1; i >= 0 && inCidrs(trusted, client); i -= 1) {
    const hop = unmapIPv4(forwarded[i]!.trim());
    if (isIP(hop) === 0) break;
    client = hop;
  }
  return client;
}
