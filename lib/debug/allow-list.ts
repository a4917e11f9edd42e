import { BlockList, isIP } from "node:net";

/**
 * Who may see the debug panel, as Django Debug Toolbar's INTERNAL_IPS: a list of addresses and
 * CIDR ranges (DEBUG_PANEL_ALLOW, loopback only by default). A client outside it gets no panel,
 * no request id in Server-Timing, no call sites captured, and 404 from the debug endpoint: the
 * queries' SQL and parameters, and EXPLAIN, are for the developer's own machine.
 */
export type AllowEntry = { address: string; prefix: number; family: "ipv4" | "ipv6" };

/** `127.0.0.0/8`, `::1`, `10.1.2.3` → an entry; null for anything that is not an address or a CIDR range. */
export function parseAllowEntry(text: string): AllowEntry | null {
  const [address, prefixText, extra] = text.trim().split("/");
  const version = isIP(address ?? "");
  if (!version || extra !== undefined) return null;
  const max = version === 4 ? 32 : 128;
  const prefix = prefixText === undefined ? max : /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : NaN;
  if (!(prefix >= 0 && prefix <= max)) return null;
  return { address: address!, prefix, family: version === 4 ? "ipv4" : "ipv6" };
}

const lists = new WeakMap<readonly AllowEntry[], BlockList>();

/** Whether a client's address (as the socket gives it, IPv4 mapped into IPv6 or not) is in the list. */
export function isAllowed(entries: readonly AllowEntry[], client: string): boolean {
  let list = lists.get(entries);
  if (!list) {
    list = new BlockList();
    for (const { address, prefix, family } of entries) list.addSubnet(address, prefix, family);
    lists.set(entries, list);
  }
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(client)?.[1];
  const address = mapped ?? client;
  const version = isIP(address);
  return version !== 0 && list.check(address, version === 4 ? "ipv4" : "ipv6");
}
