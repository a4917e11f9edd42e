import type { IncomingMessage } from "node:http";
import { isBuildAssetPath } from "../../contract/urls/build-assets";
import { isDebugPath } from "../../contract/urls/debug";
import { isOriginalPath } from "../../contract/urls/originals";
import { isThumbnailPath } from "../../contract/urls/thumbnails";
import { parsePageQuery, type PageQuery } from "../../contract/urls/blog";
import { isPublicFile } from "../handlers/public-files";

/** What a request is for, as far as the front is concerned. */
export type Kind = "page" | "build-asset" | "public-file" | "thumbnail" | "original" | "debug";

/**
 * Paths that name no page of fastblog, answered 404 before Next.js sees them: the suffixes of
 * Next.js's client router (`.rsc`, `.prefetch.rsc`, `.segments/`), which fastblog's plain links
 * never use and which answered 200 for any slug; and Next.js's own internal pages (`/_global-error`
 * answered 500), that is any first segment that starts with one underscore, `/_next/` aside.
 */
const NOT_PAGES = /\.rsc$|\.segments\/|^\/_(?!_|next\/)/;

export type Target =
  { ok: true; url: URL; kind: Kind; page: PageQuery } | { ok: false; status: number; message: string; headers?: Record<string, string> };

/**
 * Step 1 of the front: what Next.js cannot answer with a 4xx itself. Only GET and HEAD; a
 * request target that is a path, with valid percent-encoding (the absolute form, which HTTP/1.1
 * servers must accept, is reduced to its path, so nothing downstream sees a foreign host); one
 * Host header; and, for pages, no path Next.js must not answer, and `?page=` and the cursor of a
 * Previous or Next link checked once here.
 */
export function validateTarget(req: IncomingMessage): Target {
  if (req.method !== "GET" && req.method !== "HEAD") {
    return { ok: false, status: 405, message: "Only GET and HEAD are supported on this blog.", headers: { Allow: "GET, HEAD" } };
  }
  if (hostHeaders(req) > 1) return { ok: false, status: 400, message: "The request has more than one Host header." };
  const url = parseTarget(req.url);
  if (!url) return { ok: false, status: 400, message: "The address is not valid: it must be a path, with valid percent-encoding." };
  const kind = kindOf(url.pathname);
  if (kind === "page" && NOT_PAGES.test(decodeURIComponent(url.pathname))) return { ok: false, status: 404, message: "No such page." };
  if (kind !== "page") return { ok: true, url, kind, page: { number: 1 } };
  const page = parsePageQuery(url.searchParams);
  if (!page.ok) return { ok: false, status: page.status, message: page.error };
  return { ok: true, url, kind, page: page.page };
}

/** RFC 9112, 3.2: a request with more than one Host header is answered 400 (Node keeps the first). */
function hostHeaders(req: IncomingMessage): number {
  return req.rawHeaders.filter((value, i) => i % 2 === 0 && value.toLowerCase() === "host").length;
}

function kindOf(pathname: string): Kind {
  if (isDebugPath(pathname)) return "debug";
  if (isBuildAssetPath(pathname)) return "build-asset";
  if (isThumbnailPath(pathname)) return "thumbnail";
  if (isOriginalPath(pathname)) return "original";
  return isPublicFile(pathname) ? "public-file" : "page";
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
