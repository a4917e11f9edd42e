export type Spread = { median: number; min: number; max: number; n: number };

export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function spread(values: (number | null)[]): Spread {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  return { median: median(known), min: Math.min(...known), max: Math.max(...known), n: known.length };
}

/** Runs vary too much to trust when the range is over half the median. */
export function isNoisy(s: Spread): boolean {
  return s.n > 1 && s.median > 0 && (s.max - s.min) / s.median > 0.5;
}

export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return "–";
  return Math.abs(ms) >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}

export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return "–";
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
  return bytes >= 1024 ? `${Math.round(bytes / 1024)} KB` : `${Math.round(bytes)} B`;
}

export function formatRatio(naive: number, optimized: number): string {
  if (!Number.isFinite(naive) || !Number.isFinite(optimized) || optimized === 0) return "–";
  return `${(naive / optimized).toFixed(1)}x`;
}
