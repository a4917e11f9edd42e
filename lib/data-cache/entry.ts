import { deserialize, serialize } from "node:v8";

/**
 * A page's data as bytes, with V8's structured clone: Dates stay Dates (an article's
 * publishedAt, a cursor), which JSON would turn into strings; and each reader gets a copy of
 * its own, so that nothing a page does to its data reaches the next page's.
 */
export function encodeData(value: unknown): Buffer {
  return serialize(plain(value));
}

export function decodeData<T>(bytes: Buffer): T {
  return deserialize(bytes) as T;
}

/**
 * The value as plain arrays and objects. With the debug panel on, rows come wrapped in proxies
 * that note which rows and relations the page reads (lib/debug/prisma-calls.ts), and a proxy
 * cannot be cloned; copying reads each field once, as rendering the page would.
 */
function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (value === null || typeof value !== "object" || value instanceof Date) return value;
  return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, plain(field)]));
}
