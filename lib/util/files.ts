import { mkdir, rename, unlink, writeFile } from "node:fs/promises";
import path from "node:path";

/** What a temporary file's name contains, so that a sweep can find those a killed process left. */
export const TEMPORARY_MARK = ".tmp-";

/**
 * Writes a file under a temporary name in the same folder, then renames it into place: a
 * process killed mid-write leaves a temporary file behind, never a truncated one under the
 * real name (a rename within one file system is atomic).
 */
export async function writeFileAtomically(file: string, bytes: Buffer): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}${TEMPORARY_MARK}${process.pid}-${Math.random().toString(36).slice(2)}`;
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, file);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}
