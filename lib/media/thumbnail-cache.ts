import { readdir, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { TEMPORARY_MARK } from "../util/files";

type Entry = { file: string; size: number; mtimeMs: number };

/**
 * Keeps the thumbnail cache on disk under a size limit: when it grows past the limit, the
 * least recently written thumbnails are deleted until it is at 90% of it, by one eviction at a
 * time however many writers finish together. The index is read from disk on first use, so the
 * limit holds across restarts.
 */
export class ThumbnailCacheIndex {
  #loading: Promise<Map<string, Entry>> | null = null;
  #total = 0;
  #evicting: Promise<void> = Promise.resolve();

  constructor(
    readonly directory: () => string,
    readonly maxBytes: () => number,
  ) {}

  /** The index, read from the folder once, however many callers ask at the same moment. */
  load(): Promise<Map<string, Entry>> {
    return (this.#loading ??= this.#read());
  }

  async #read(): Promise<Map<string, Entry>> {
    const entries = new Map<string, Entry>();
    const root = this.directory();
    for (const folder of await readdir(root).catch(() => [] as string[])) {
      for (const name of await readdir(path.join(root, folder)).catch(() => [] as string[])) {
        const file = path.join(root, folder, name);
        if (name.includes(TEMPORARY_MARK)) {
          // Left by a process killed mid-write: never served, safe to remove.
          await unlink(file).catch(() => undefined);
          continue;
        }
        const info = await stat(file).catch(() => null);
        if (info?.isFile()) entries.set(file, { file, size: info.size, mtimeMs: info.mtimeMs });
      }
    }
    this.#total = [...entries.values()].reduce((sum, e) => sum + e.size, 0);
    return entries;
  }

  async added(file: string, size: number): Promise<void> {
    const entries = await this.load();
    const previous = entries.get(file);
    this.#total += size - (previous?.size ?? 0);
    entries.set(file, { file, size, mtimeMs: Date.now() });
    if (this.#total <= this.maxBytes()) return;
    // One eviction at a time: overlapping ones each subtracted the same oldest entries, so the
    // index believed it held 1 MB while 33 MB stayed on disk. Each writer waits for the eviction
    // that brings the total under the limit, its own entry counted.
    this.#evicting = this.#evicting.then(() => this.#evict(entries));
    await this.#evicting;
  }

  /** Deletes the least recently written thumbnails until the cache is at 90% of its limit. */
  async #evict(entries: Map<string, Entry>): Promise<void> {
    if (this.#total <= this.maxBytes()) return;
    const oldest = [...entries.values()].sort((a, b) => a.mtimeMs - b.mtimeMs);
    for (const entry of oldest) {
      if (this.#total <= this.maxBytes() * 0.9) break;
      // Out of the index before the file goes, so that the entry is counted off exactly once.
      if (entries.get(entry.file) !== entry) continue;
      entries.delete(entry.file);
      this.#total -= entry.size;
      await unlink(entry.file).catch(() => undefined);
    }
  }

  get totalBytes(): number {
    return this.#total;
  }
}
