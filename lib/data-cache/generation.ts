import { randomUUID } from "node:crypto";
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { mediaRoot } from "../settings";

/**
 * The seed's generation: a new one each time the blog is seeded or reset, and part of every
 * data-cache key, so that a blog seeded again is never shown from the old one's entries (these
 * simply expire). Two places keep it. The memory store reads a file in the media folder, which
 * the seed and the server share as they share the originals. The Redis store reads a key of its
 * Redis, which every server sharing that Redis sees (redis-store.ts); the seed bumps both
 * (invalidate.ts). Reading the file costs no query: a warm cached page must cost none.
 */
export const GENERATION_FILE_NAME = "data-generation";

export function generationFile(): string {
  return path.join(mediaRoot(), GENERATION_FILE_NAME);
}

/** The generation in `file`; "none" before the first seed wrote one. */
export async function readGenerationFile(file = generationFile()): Promise<string> {
  try {
    return (await readFile(file, "utf8")).trim() || "none";
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return "none";
    throw error;
  }
}

/** Writes a generation never used before into `file`, and returns it. */
export function bumpGenerationFile(file = generationFile()): string {
  const generation = `${Date.now().toString(36)}-${randomUUID().slice(0, 8)}`;
  mkdirSync(path.dirname(file), { recursive: true });
  // Written whole under another name and renamed, so that a reader never sees half of it.
  writeFileSync(`${file}.tmp`, generation);
  renameSync(`${file}.tmp`, file);
  return generation;
}
