import speedline from "speedline-core";
import type { VisualProgress } from "../types/artifacts";

/** An event of a Chrome trace, as far as the benchmark reads it. */
export type TraceEvent = {
  name: string;
  cat: string;
  ts: number;
  pid?: number;
  args?: { data?: Record<string, unknown>; snapshot?: string };
};

/** The trace's clock at the page's navigation start: the last main-frame `navigationStart` of an http(s) document. */
export function navigationStartTs(events: TraceEvent[]): number | null {
  const starts = events.filter(
    (e) =>
      e.name === "navigationStart" &&
      e.args?.data?.isLoadingMainFrame === true &&
      /^https?:/.test(String(e.args.data.documentLoaderURL ?? "")),
  );
  return starts.at(-1)?.ts ?? null;
}

/**
 * Speed Index, in milliseconds after navigation start: how soon the page looked complete, from
 * the screenshots in a trace (`disabled-by-default-devtools.screenshot`), computed with
 * speedline as Lighthouse does; and the screenshots it integrates, each with how visually
 * complete it is (speedline adds a blank one at navigation start). Null when the trace has no
 * screenshots or no navigation start.
 */
export async function visualProgress(events: TraceEvent[]): Promise<VisualProgress | null> {
  const origin = navigationStartTs(events);
  if (origin === null || !events.some((e) => e.cat.includes("devtools.screenshot"))) return null;
  const result = await speedline(events as speedline.TraceEvent[], { timeOrigin: origin, fastMode: true, include: "speedIndex" });
  const screenshots = result.frames.map((frame) => ({
    ms: frame.getTimeStamp() - origin / 1000,
    visuallyComplete: frame.getProgress(),
    jpeg: frame.getImage(),
  }));
  return { speedIndexMs: result.speedIndex, screenshots };
}
