import { existsSync, readdirSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { contentType } from "../../util/mime";
import { sendError } from "../http/respond";
import type { Validators } from "../http/conditional";
import { fileValidators, sendBytes, sendFile } from "../http/send";

/**
 * The files of public/ (robots.txt), served by the front itself rather than Next.js, whose static
 * handler answered 500 to a failed If-Match or If-Unmodified-Since and to an unsatisfiable range.
 */
const PUBLIC = path.join(/*turbopackIgnore: true*/ process.cwd(), "public");
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
  const type = contentType(file) ?? "application/octet-stream";
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
