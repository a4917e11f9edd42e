import { inCidrs, parseCidr, type Cidr } from "../util/cidr";

/**
 * Who may see the debug panel, as Django Debug Toolbar's INTERNAL_IPS: a list of addresses and
 * CIDR ranges (DEBUG_PANEL_ALLOW, loopback only by default). A client outside it gets no panel,
 * no request id in Server-Timing, no call sites captured, and 404 from the debug endpoint: the
 * queries' SQL and parameters, and EXPLAIN, are for the developer's own machine. Behind a proxy
 * named in TRUSTED_PROXIES, the client is the one its X-Forwarded-For names (lib/server/client.ts).
 */
export type AllowEntry = Cidr;

/** `127.0.0.0/8`, `::1`, `10.1.2.3` → an entry; null for anything that is not an address or a CIDR range. */
export const parseAllowEntry: (text: string) => AllowEntry | null = parseCidr;

/** Whether a client's address (as the socket gives it, IPv4 mapped into IPv6 or not) is in the list. */
export const isAllowed: (entries: readonly AllowEntry[], client: string) => boolean = inCidrs;
