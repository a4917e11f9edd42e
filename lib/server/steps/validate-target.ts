import type { IncomingMessage } from "node:http";
import { DEBUG_PATH } from "../../contract";
import { parsePageQuery, type PageQuery } from "../../page-param";

/** What a request is for, as far as the front is concerned. */
export type Kind = "page" | "build-asset" | "thumbnail" | "original" | "debug";

export type Target =
  { ok: true; url: URL; kind: Kind; page: PageQuery } | { ok: false; status: number; message: string; headers?: Record<string, string> };

/**
 * Step 1 of the front: what Next.js cannot answer with a 4xx itself. Only GET and HEAD; a
 * request target that is a path, with valid percent-encoding (the absolute form, which HTTP/1.1
 * servers must accept, is reduced to its path, so nothing downstream sees a foreign host);
 * and, for pages, `?page=` and the cursor of a Previous or Next link checked once here.
 */
export function validateTarget(req: IncomingMessage): Target {
  if (req.method !== "GET" && req.method !== "HEAD") {
    return { ok: false, status: 405, message: "Only GET and HEAD are supported on this blog.", headers: { Allow: "GET, HEAD" } };
  }
  const url = parseTarget(req.url);
  if (!url) return { ok: false, status: 400, message: "The address is not valid: it must be a path, with valid percent-encoding." };
  const kind = kindOf(url.pathname);
  if (kind !== "page") return { ok: true, url, kind, page: { number: 1 } };
  const page = parsePageQuery(url.searchParams);
  if (!page.ok) return { ok: false, status: page.status, message: page.error };
  return { ok: true, url, kind, page: page.page };
}

function kindOf(pathname: string): Kind {
  if (pathname.startsWith(DEBUG_PATH)) return "debug";
  if (pathname.startsWith("/_next/static/")) return "build-asset";
  if (pathname.startsWith("/thumbs/")) return "thumbnail";
  if (pathname.startsWith("/media/")) return "original";
  return "page";
}

/** The request's path and query; null for any target that is not a path (`*`, `//host/…`) or bad percent-encoding. */
function parseTarget(raw: string | undefined): URL | null {
  try {
    if (raw && /^https?:\/\//i.test(raw)) {
      const absolute = new URL(raw);
      raw = `${absolute.pathname}${absolute.search}`;
    }
    if (!raw?.startsWith("/") || raw.startsWith("//")) return null;
    const url = new URL(raw, "http://localhost");
    decodeURIComponent(url.pathname);
    return url;
  } catch {
    return null;
  }
}
