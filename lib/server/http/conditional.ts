import type { IncomingHttpHeaders } from "node:http";

/**
 * Conditional and range requests on a static representation (RFC 9110, sections 13 and 14), in
 * the order section 13.2.2 gives: If-Match or else If-Unmodified-Since (412), If-None-Match or
 * else If-Modified-Since (304), then Range (206 or 416). Pure functions over the request's headers
 * and the representation's validators; lib/server/http/send.ts answers with them.
 */
export type Validators = {
  /** A strong entity tag, quoted: `"…"`. */
  etag: string;
  /** When the representation last changed, in milliseconds since the epoch. */
  lastModified?: number;
};

export type Outcome = { status: 412 | 304 | 416 } | { status: 200 } | { status: 206; start: number; end: number };

/** What to answer a GET or HEAD for a representation of `size` bytes. */
export function evaluate(headers: IncomingHttpHeaders, validators: Validators, size: number): Outcome {
  if (preconditionFails(headers, validators)) return { status: 412 };
  if (notModified(headers, validators)) return { status: 304 };
  return selectRange(headers, validators, size);
}

function entityTags(header: string): string[] {
  return header.split(",").map((tag) => tag.trim());
}

/** HTTP dates have whole seconds: compare a file's time at that resolution. */
function seconds(ms: number): number {
  return Math.floor(ms / 1000) * 1000;
}

/** If-Match with strong comparison (`*` matches any current representation), else If-Unmodified-Since. */
function preconditionFails(headers: IncomingHttpHeaders, { etag, lastModified }: Validators): boolean {
  const ifMatch = headers["if-match"];
  if (ifMatch !== undefined) return ifMatch.trim() !== "*" && !entityTags(ifMatch).includes(etag);
  const since = Date.parse(headers["if-unmodified-since"] ?? "");
  return lastModified !== undefined && !Number.isNaN(since) && seconds(lastModified) > since;
}

/** If-None-Match with weak comparison, else If-Modified-Since. */
function notModified(headers: IncomingHttpHeaders, { etag, lastModified }: Validators): boolean {
  const ifNoneMatch = headers["if-none-match"];
  const opaque = (tag: string) => tag.replace(/^W\//, "");
  if (ifNoneMatch !== undefined) return entityTags(ifNoneMatch).some((tag) => tag === "*" || opaque(tag) === opaque(etag));
  const since = Date.parse(headers["if-modified-since"] ?? "");
  return lastModified !== undefined && !Number.isNaN(since) && seconds(lastModified) <= since;
}

/**
 * One byte range. Several ranges, a unit other than bytes or a header that does not parse are
 * ignored (the whole representation, as the RFC allows); a range that starts past the end, ends
 * before it starts (`bytes=5-1`) or asks for no bytes (`bytes=-0`) is unsatisfiable, as the
 * `range-parser` package that Express and `send` use decides.
 */
function selectRange(headers: IncomingHttpHeaders, validators: Validators, size: number): Outcome {
  const range = headers.range;
  const ifRange = headers["if-range"];
  if (range === undefined || !ifRangeHolds(typeof ifRange === "string" ? ifRange : undefined, validators)) return { status: 200 };
  const match = /^bytes=(\d*)-(\d*)$/.exec(range.trim());
  if (!match || (match[1] === "" && match[2] === "")) return { status: 200 };
  const [first, last] = [match[1] === "" ? NaN : Number(match[1]), match[2] === "" ? NaN : Number(match[2])];
  const start = Number.isNaN(first) ? size - last : first;
  const end = Number.isNaN(first) || Number.isNaN(last) ? size - 1 : Math.min(last, size - 1);
  if (start < 0 && Number.isNaN(first)) return { status: 206, start: 0, end };
  if (start >= size || end < start) return { status: 416 };
  return { status: 206, start, end };
}

/** If-Range: the range applies only to the representation the client already has part of. */
function ifRangeHolds(ifRange: string | undefined, { etag, lastModified }: Validators): boolean {
  if (ifRange === undefined) return true;
  if (ifRange.trim().startsWith('"')) return ifRange.trim() === etag;
  const date = Date.parse(ifRange);
  return lastModified !== undefined && !Number.isNaN(date) && seconds(lastModified) === date;
}
