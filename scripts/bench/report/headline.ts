import type { BenchResult, RouteResult } from "../types/results";
import { formatMs, formatRatio } from "./format";

/** A route's result in one sentence, beside the original article's. */
export function headline(route: RouteResult, database: string): string {
  const load = route.rows.find((r) => r.metric.key === "load")!;
  return `Optimized loads ${formatRatio(load.naive.median, load.optimized.median)} faster on ${database}: ${formatMs(load.naive.median)} → ${formatMs(load.optimized.median)} (the original: 6.02 s → 875 ms, 6.9x).`;
}

/** When, on what and how the benchmark measured, in one line. */
export function metaLine({ createdAt, database, profile, options, machine }: BenchResult): string {
  return `${createdAt} · database ${database} · profile ${profile.name} (${profile.downloadKbps || "∞"} kbps down, ${profile.latencyMs} ms) · ${options.runs} runs a mode · CPU slowdown ${options.cpuSlowdown}x · ${machine.os} · ${machine.cpu} · ${machine.memoryGiB} GiB · Node ${machine.node} · Chromium ${machine.browser}`;
}
