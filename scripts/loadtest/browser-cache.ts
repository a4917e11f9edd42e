/**
 * A browser's HTTP cache, as far as a repeat visit needs it (RFC 9111, the parts Chrome uses):
 * what it keeps, how long a copy is fresh (`max-age`, else `Expires` against `Date`, else a tenth
 * of the time since `Last-Modified`), and the validators of a stale copy for a conditional
 * request. A fresh copy is used without asking the server; `immutable` keeps it fresh for its
 * whole `max-age`, even on a reload (not simulated: visits never reload). `no-store` is never kept.
 */
export type CachedResponse = { storedAt: number; freshForMs: number; etag: string | null; lastModified: string | null };

/** How long a response with these headers stays fresh, in milliseconds; null when it may not be stored. */
export function freshnessMs(headers: Headers, now: number): number | null {
  const directives = (headers.get("cache-control") ?? "").toLowerCase();
  if (/(^|,)\s*no-store\b/.test(directives)) return null;
  if (/(^|,)\s*no-cache\b/.test(directives)) return 0;
  const maxAge = /(?:^|,)\s*max-age\s*=\s*"?(\d+)/.exec(directives);
  if (maxAge) return Number(maxAge[1]) * 1000;
  const expires = headers.get("expires");
  if (expires) {
    const date = Date.parse(headers.get("date") ?? "") || now;
    return Math.max(0, (Date.parse(expires) || 0) - date);
  }
  const lastModified = Date.parse(headers.get("last-modified") ?? "");
  if (lastModified) return Math.max(0, (Date.parse(headers.get("date") ?? "") || now) - lastModified) / 10;
  return 0;
}

export class BrowserCache {
  readonly #entries = new Map<string, CachedResponse>();
  /** The pages' HTML, to read again when the server answers 304. */
  readonly #bodies = new Map<string, string>();

  keepBody(url: string, body: string): void {
    this.#bodies.set(url, body);
  }

  body(url: string): string {
    const body = this.#bodies.get(url);
    if (body === undefined) throw new Error(`${url} answered 304 to a browser that has no copy of it.`);
    return body;
  }

  /** Keeps a response if it may be kept and is of any use later: fresh for a while, or revalidatable. */
  store(url: string, headers: Headers, now = Date.now()): void {
    const freshForMs = freshnessMs(headers, now);
    const etag = headers.get("etag");
    const lastModified = headers.get("last-modified");
    if (freshForMs === null || (freshForMs === 0 && !etag && !lastModified)) return void this.#entries.delete(url);
    this.#entries.set(url, { storedAt: now, freshForMs, etag, lastModified });
  }

  /** A 304 makes the kept copy fresh again, as its new headers say. */
  refresh(url: string, headers: Headers, now = Date.now()): void {
    const entry = this.#entries.get(url);
    if (!entry) return;
    const freshForMs = freshnessMs(headers, now);
    if (freshForMs === null) return void this.#entries.delete(url);
    this.#entries.set(url, { ...entry, storedAt: now, freshForMs, etag: headers.get("etag") ?? entry.etag });
  }

  isFresh(url: string, now = Date.now()): boolean {
    const entry = this.#entries.get(url);
    return entry !== undefined && now - entry.storedAt < entry.freshForMs;
  }

  /** The conditional headers for a stale copy: If-None-Match, If-Modified-Since; none without a copy. */
  validators(url: string): Record<string, string> {
    const entry = this.#entries.get(url);
    if (!entry) return {};
    return {
      ...(entry.etag ? { "if-none-match": entry.etag } : {}),
      ...(entry.lastModified ? { "if-modified-since": entry.lastModified } : {}),
    };
  }
}
