import path from "node:path";

/** The default database: a SQLite file inside the project, created by `npm start`. */
export const DEFAULT_DATABASE_URL = "file:./data/fastblog.db";

/** `DATABASE_URL` when set and not empty, else the embedded SQLite file. */
export function databaseUrl(): string {
  const url = process.env.DATABASE_URL?.trim();
  return url ? url : DEFAULT_DATABASE_URL;
}

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
