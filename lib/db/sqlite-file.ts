import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { sqliteFile } from "./provider";

/**
 * Prepares the SQLite file: its folder exists, and it is in WAL mode, so that readers keep
 * reading while a writer (the seed, a migration) works. WAL is a property of the file and stays.
 */
export function prepareSqliteFile(): string | null {
  const file = sqliteFile();
  if (!file) return null;
  mkdirSync(path.dirname(file), { recursive: true });
  const database = new Database(file);
  try {
    database.pragma("journal_mode = WAL");
  } finally {
    database.close();
  }
  return file;
}
