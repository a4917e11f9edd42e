import { writeFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { visualProgress, type TraceEvent } from "../compute/speed-index";
import type { VisualProgress } from "../types/artifacts";

/**
 * Without --trace, only what Speed Index needs: the screenshots, and navigation start to time
 * them from. Capturing screenshots costs a page time, the more the more it paints, so the
 * benchmark traces a load of its own in each run, never the view it measures.
 */
const SCREENSHOTS = ["disabled-by-default-devtools.screenshot", "blink.user_timing"];

/** With --trace, what DevTools' Performance panel records, so that the trace opens there in full. */
const DEVTOOLS = [
  ...SCREENSHOTS,
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "disabled-by-default-devtools.timeline.frame",
  "disabled-by-default-devtools.timeline.stack",
  "toplevel",
  "loading",
  "latencyInfo",
  "v8.execute",
  "disabled-by-default-v8.cpu_profiler",
];

/** A Chrome trace of one view, recorded through Playwright (CDP's Tracing domain). */
export class ViewTrace {
  private constructor(private readonly browser: Browser) {}

  static async start(browser: Browser, page: Page, full: boolean): Promise<ViewTrace> {
    await browser.startTracing(page, { screenshots: true, categories: full ? DEVTOOLS : SCREENSHOTS });
    return new ViewTrace(browser);
  }

  /** Stops the trace, writes it to `keep` when asked, and gives the view's Speed Index and its screenshots. */
  async stop(keep: string | null): Promise<VisualProgress | null> {
    const buffer = await this.browser.stopTracing();
    if (keep) writeFileSync(keep, buffer);
    const parsed = JSON.parse(buffer.toString("utf8")) as { traceEvents: TraceEvent[] } | TraceEvent[];
    return visualProgress(Array.isArray(parsed) ? parsed : parsed.traceEvents);
  }
}
