import { BlockList, isIP } from "node:net";

/**
 * Addresses and CIDR ranges (`127.0.0.0/8`, `::1`, `10.1.2.3`), as two settings list them: who
 * may see the debug panel (DEBUG_PANEL_ALLOW) and which proxies' X-Forwarded-For is believed
 * (TRUSTED_PROXIES). One parser and one matcher for both.
 */
export type Cidr = { address: string; prefix: number; family: "ipv4" | "ipv6" };

/** `127.0.0.0/8`, `::1`, `10.1.2.3` → a range; null for anything that is not an address or a CIDR range. */
export function parseCidr(text: string): Cidr | null {
  const [address, prefixText, extra] = text.trim().split("/");
  const version = isIP(address ?? "");
  if (!version || extra !== undefined) return null;
  const max = version === 4 ? 32 : 128;
  const prefix = prefixText === undefined ? max : /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : NaN;
  if (!(prefix >= 0 && prefix <= max)) return null;
  return { address: address!, prefix, family: version === 4 ? "ipv4" : "ipv6" };
}

const lists = new WeakMap<readonly Cidr[], BlockList>();

/** An IPv4 address that reached an IPv6 socket (`::ffff:203.0.113.7`) written as IPv4; any other text as it is. */
export function unmapIPv4(address: string): string {
  return /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(address) ? address.slice("::ffff:".length) : address;
}

/** Whether an address (IPv4 mapped into IPv6 or not) is in one of the ranges; false for anything that is not an address. */
export function inCidrs(ranges: readonly Cidr[], text: string): boolean {
  let list = lists.get(ranges);
  if (!list) {
    list = new BlockList();
    for (const { address, prefix, family } of ranges) list.addSubnet(address, prefix, family);
    lists.set(ranges, list);
  }
  const address = unmapIPv4(text);
  const version = isIP(address);
  return version !== 0 && list.check(address, version === 4 ? "ipv4" : "ipv6");
}
