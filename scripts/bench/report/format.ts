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
