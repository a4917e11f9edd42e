import path from "node:path";

/**
 * The one table of content types, by file extension: build assets, public files, originals and
 * thumbnails all take theirs from here. A file whose extension is not listed is not served as
 * anything in particular.
 */
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".js": "application/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
};

/** The content type of a file by its extension (`covers/a.jpg`, `.webp`); undefined when it is not listed. */
export function contentType(file: string): string | undefined {
  return TYPES[file.startsWith(".") && !file.slice(1).includes(".") ? file : path.extname(file)];
}

/** Text, which compresses well: everything but images other than SVG, and fonts (WOFF2 is compressed already). */
export function isText(type: string): boolean {
  return /^(text\/|application\/(javascript|json|xml)|image\/svg\+xml)/.test(type);
}
