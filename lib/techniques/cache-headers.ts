import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Variants } from "../model/plan";

/**
 * cache-headers: how long a browser may keep each response, and whether it can revalidate one.
 * Acts in the front: `apply` on every response just before its headers go out
 * (lib/server/front.ts), `revalidate` on every complete HTML page (lib/server/steps/finish-page.ts).
 */
export type AssetKind = "html" | "build-asset" | "thumbnail" | "original" | "other";

export type CacheHeaders = {
  /** Sets or strips the caching headers of a response just before they are sent. */
  apply(res: ServerResponse, kind: AssetKind, status: number): void;
  /** Gives a page its ETag; true when the browser's copy is the same page, to be answered 304. */
  revalidate(req: IncomingMessage, res: ServerResponse, body: Buffer): boolean;
};

const ONE_YEAR = "public, max-age=31536000, immutable";
const VALIDATORS = ["Cache-Control", "ETag", "Last-Modified", "Expires"];

export const cacheHeaders = {
  /**
   * What an unconfigured server sends: no lifetime and no validator on anything, so the browser
   * downloads every file again on each view (the original site before its fix). HTML is marked
   * private all the same: what it says is for the visitor's mode only.
   */
  naive: {
    apply(res, kind, status) {
      if (status >= 400) return neverCache(res);
      for (const name of VALIDATORS) res.removeHeader(name);
      if (kind === "html") keepPrivate(res, "private");
    },
    revalidate: () => false,
  },
  /**
   * Hashed build assets, thumbnails and originals (their names carry a content hash) are cached
   * for a year and never revalidated, and never set a cookie; HTML is revalidated every time with
   * its ETag, so a repeat view costs a few hundred bytes, and only the browser keeps it.
   */
  optimized: {
    apply(res, kind, status) {
      if (status >= 400) return neverCache(res);
      if (kind === "build-asset" || kind === "thumbnail" || kind === "original") res.setHeader("Cache-Control", ONE_YEAR);
      if (kind === "html") keepPrivate(res, "private, no-cache");
      // The mode cookie is the visitor's own: a response a shared cache may keep for everyone never sets it.
      if (/\b(public|immutable)\b/.test(String(res.getHeader("Cache-Control") ?? ""))) res.removeHeader("Set-Cookie");
    },
    revalidate(req, res, body) {
      const etag = `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
      res.setHeader("ETag", etag);
      return etagMatches(req, etag);
    },
  },
} satisfies Variants<CacheHeaders>;

/**
 * HTML depends on the mode cookie, so in both modes it is `private` (no shared cache, such as a
 * CDN, may keep it) and varies on Cookie: a cache can never hand one visitor's mode to another.
 */
function keepPrivate(res: ServerResponse, cacheControl: string): void {
  res.setHeader("Cache-Control", cacheControl);
  const vary = String(res.getHeader("Vary") ?? "");
  if (!/\bcookie\b/i.test(vary)) res.setHeader("Vary", vary ? `${vary}, Cookie` : "Cookie");
}

/** In both modes an error is never cached: a file missing for a moment must not stay missing for a year. */
function neverCache(res: ServerResponse): void {
  res.setHeader("Cache-Control", "no-store");
  res.removeHeader("ETag");
}

/** Weak comparison (RFC 9110, 8.8.3.2): the same page compressed otherwise is still the same page. */
function etagMatches(req: IncomingMessage, etag: string): boolean {
  const header = req.headers["if-none-match"];
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return typeof header === "string" && header.split(",").some((tag) => tag.trim() === "*" || opaque(tag) === opaque(etag));
}
