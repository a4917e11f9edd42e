import path from "node:path";
import { originalsDir } from "./paths";

/** Upload paths as the seed stores them: folder/name.hash.ext, lower-case, no dot segments. */
const UPLOAD_PATH = /^(portraits|covers)\/[a-z0-9][a-z0-9-]{0,150}\.[a-f0-9]{10}\.(jpg|png)$/;

/**
 * The file under the originals folder for a request path, or null when the path is not one
 * an upload can have. The pattern rules out `..`, encoded or not, before any file is touched.
 */
export function resolveOriginal(relative: string): string | null {
  if (!UPLOAD_PATH.test(relative)) return null;
  const root = originalsDir();
  const file = path.resolve(root, relative);
  return file.startsWith(root + path.sep) ? file : null;
}
