import { availableParallelism } from "node:os";
import { thumbnailQuality } from "./media/sizes";
import { defaultMode } from "./mode";

/**
 * fastblog's settings from the environment. Each reader checks its value and says what is
 * wrong; `checkSettings` reads them all before the server starts, so that a typo stops it at
 * once with a message instead of hanging resizes or failing requests later.
 */
export class SettingError extends Error {}

function wholeNumber(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new SettingError(`${name} must be a whole number from ${min} to ${max}; got "${raw}". Unset it for the default (${fallback}).`);
  }
  return value;
}

/** `PORT`: where the server listens; 0 picks a free port. */
export function serverPort(fallback = 3000): number {
  return wholeNumber("PORT", fallback, 0, 65_535);
}

/** `THUMBNAIL_CONCURRENCY`: resizes at once; by default every core but one, so pages keep rendering. */
export function thumbnailConcurrency(): number {
  return wholeNumber("THUMBNAIL_CONCURRENCY", Math.max(1, availableParallelism() - 1), 1, 256);
}

/** `THUMBNAIL_CACHE_MB`: the most the thumbnail cache may hold on disk. */
export function thumbnailCacheBytes(): number {
  return wholeNumber("THUMBNAIL_CACHE_MB", 256, 1, 1_048_576) * 1024 * 1024;
}

/** `DEBUG_PANEL`: on unless `0`. */
export function debugPanelEnabled(): boolean {
  const raw = process.env.DEBUG_PANEL?.trim() ?? "";
  if (!["", "0", "1"].includes(raw)) throw new SettingError(`DEBUG_PANEL must be 0 (off) or 1 (on); got "${raw}".`);
  return raw !== "0";
}

/** Reads every setting once, and throws a SettingError naming the first bad one. */
export function checkSettings(): void {
  const readers = [serverPort, thumbnailConcurrency, thumbnailCacheBytes, debugPanelEnabled, thumbnailQuality, defaultMode];
  for (const read of readers) {
    try {
      read();
    } catch (error) {
      throw error instanceof SettingError ? error : new SettingError(error instanceof Error ? error.message : String(error));
    }
  }
}
