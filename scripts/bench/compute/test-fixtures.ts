import type { RequestRecord, RunRecord, ViewMetrics } from "../types/artifacts";
import { cacheCounts } from "./caching";

/** A request of a made-up waterfall, for the unit tests. */
export function request(
  startMs: number,
  endMs: number,
  transferBytes: number,
  type: RequestRecord["type"] = "image",
  depth = 2,
): RequestRecord {
  return {
    url: `http://x/${startMs}-${endMs}`,
    type,
    status: 200,
    transferBytes,
    bodyBytes: transferBytes,
    encoding: null,
    cacheControl: null,
    fromCache: false,
    startMs,
    endMs,
    depth,
    waitMs: 1,
  };
}

function view(loadMs: number, waterfall: RequestRecord[]): ViewMetrics {
  return {
    loadMs,
    loadEventMs: loadMs,
    fullyLoadedMs: loadMs,
    domContentLoadedMs: loadMs / 2,
    ttfbMs: 5,
    fcpMs: null,
    lcpMs: null,
    requests: waterfall.length,
    transferBytes: waterfall.reduce((sum, r) => sum + r.transferBytes, 0),
    bytesByType: waterfall.reduce((bytes, r) => ({ ...bytes, [r.type]: bytes[r.type] + r.transferBytes }), {
      html: 0,
      js: 0,
      css: 0,
      image: 0,
      other: 0,
    }),
    queries: 4,
    duplicates: 0,
    serverMs: 3,
    dbMs: 1,
    cls: 0,
    tbtMs: 0,
    speedIndexMs: loadMs / 2,
    waterfall,
  };
}

/** A run of a mode with a given load time (and waterfall), for the unit tests. */
export function run(mode: string, loadMs: number, waterfall: RequestRecord[] = [request(0, 10, 1000, "html", 1)], number = 1): RunRecord {
  const first = view(loadMs, waterfall);
  const { waterfall: _w, ...repeat } = first;
  return { route: "/", mode, run: number, first: { ...first, ...cacheCounts(waterfall) }, repeat, filmstrip: null, stalls: 0 };
}
