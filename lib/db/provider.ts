import path from "node:path";
import { databaseUrl } from "../settings";

export type Provider = "sqlite" | "postgresql";

/** SQLite for `file:` URLs, PostgreSQL for `postgres://` and `postgresql://`. */
export function databaseProvider(url = databaseUrl()): Provider {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  throw new Error(`DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL); it starts with "${url.slice(0, 12)}".`);
}

/** The file behind a `file:` URL, resolved against the project root. */
export function sqliteFile(url = databaseUrl()): string | null {
  if (!url.startsWith("file:")) return null;
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), url.slice("file:".length));
}
