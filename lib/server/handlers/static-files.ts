import { existsSync, readdirSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import type { Compression } from "../../techniques/compression";
import { sendError } from "../http/respond";
import type { Validators } from "../http/conditional";
import { fileValidators, sendBytes, sendFile } from "../http/send";

/**
 * Files the front serves from disk itself rather than through Next.js, whose static handler
 * answered 500 to a failed If-Match or If-Unmodified-Since and to an unsatisfiable range:
 * the files of public/ (robots.txt) and the build's assets under /_next/static/.
 */
const TYPES: Record<string, string> = {
  ".txt": "text/plain; charset=utf-8",
  ".js": "application/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
};

const PUBLIC = path.join(process.cwd(), "public");
const BUILD_STATIC = path.join(process.cwd(), ".next", "static");
let publicFiles: Set<string> | null = null;

/** Whether a path names a file of public/, listed once: they are part of the build. */
export function isPublicFile(pathname: string): boolean {
  publicFiles ??= new Set(
    (existsSync(PUBLIC) ? readdirSync(PUBLIC, { recursive: true, withFileTypes: true }) : [])
      .filter((entry) => entry.isFile())
      .map((entry) => `/${path.relative(PUBLIC, path.join(entry.parentPath, entry.name)).split(path.sep).join("/")}`),
  );
  return publicFiles.has(pathname);
}

/** Files of public/ up to this size are read once and answered from memory. */
const MAX_REMEMBERED_BYTES = 64 * 1024;
const remembered = new Map<string, Promise<{ bytes: Buffer; validators: Validators } | null>>();

/**
 * A file of public/, such as robots.txt. A small one is read once, as the list is, and answered
 * from memory: under a flood of pages it needs no turn of the disk's threads or the event loop.
 */
export async function servePublicFile(req: IncomingMessage, res: ServerResponse, url: URL, signal: AbortSignal): Promise<void> {
  const file = path.join(PUBLIC, url.pathname);
  const type = TYPES[path.extname(file)] ?? "application/octet-stream";
  if (!remembered.has(file)) remembered.set(file, readSmall(file));
  const small = await remembered.get(file)!;
  if (small) return sendBytes(req, res, small.bytes, { type, validators: small.validators });
  if (!(await sendFile(req, res, file, type, signal))) sendError(res, 404, "No such file.");
}

async function readSmall(file: string): Promise<{ bytes: Buffer; validators: Validators } | null> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile() || info.size > MAX_REMEMBERED_BYTES) return null;
  const bytes = await readFile(file).catch(() => null);
  return bytes && { bytes, validators: fileValidators(info) };
}

/**
 * GET /_next/static/…: the compressed copy when the mode compresses and the request asks for
 * the whole file unconditionally; otherwise the file itself, which answers conditions and
 * ranges. False when there is no such file on disk, for Next.js to serve (as in development).
 */
export async function serveBuildAsset(req: IncomingMessage, res: ServerResponse, url: URL, compression: Compression, signal: AbortSignal) {
  const conditional = ["range", "if-match", "if-unmodified-since"].some((name) => req.headers[name] !== undefined);
  if (!conditional && (await compression.serveBuildAsset(req, res, url))) return true;
  return serveBuildFile(req, res, url, signal);
}

/** A build asset from .next/static; false when there is none on disk, or of a type not listed, for Next.js to serve. */
async function serveBuildFile(req: IncomingMessage, res: ServerResponse, url: URL, signal: AbortSignal): Promise<boolean> {
  const relative = decodeURIComponent(url.pathname.slice("/_next/static/".length));
  const file = path.resolve(BUILD_STATIC, relative);
  const type = TYPES[path.extname(file)];
  if (!type || !file.startsWith(BUILD_STATIC + path.sep)) return false;
  return sendFile(req, res, file, type, signal);
}
