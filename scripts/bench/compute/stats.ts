import type { Spread } from "../types/results";

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
