import path from "node:path";

/** The default database: a SQLite file inside the project, created by `npm start`. */
export const DEFAULT_DATABASE_URL = "file:./data/fastblog.db";

/** `DATABASE_URL` when set and not empty, else the embedded SQLite file. */
export function databaseUrl(): string {
  const url = process.env.DATABASE_URL?.trim();
  return url ? url : DEFAULT_DATABASE_URL;
}

/** The file behind a `file:` URL, resolved against the project root. */
export function sqliteFile(url = databaseUrl()): string | null {
  if (!url.startsWith("file:")) return null;
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), url.slice("file:".length));
}
