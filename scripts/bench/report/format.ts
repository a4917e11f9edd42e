import type { Unit } from "../types/results";

export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return "–";
  return Math.abs(ms) >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}

export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return "–";
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
  return bytes >= 1024 ? `${Math.round(bytes / 1024)} KB` : `${Math.round(bytes)} B`;
}

/** A figure in its unit: durations and sizes as above, scores (CLS, Lighthouse's) to three decimals, counts to one. */
export function formatValue(value: number, unit: Unit): string {
  if (unit === "ms") return formatMs(value);
  if (unit === "bytes") return formatBytes(value);
  if (!Number.isFinite(value)) return "–";
  return unit === "score" ? value.toFixed(3).replace(/\.?0+$/, "") || "0" : String(Math.round(value * 10) / 10);
}

export function formatRatio(naive: number, optimized: number): string {
  if (!Number.isFinite(naive) || !Number.isFinite(optimized) || optimized === 0) return "–";
  return `${(naive / optimized).toFixed(1)}x`;
}
