import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig, type Result } from "lighthouse";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, chromiumExecutable } from "../../chromium";
import { CALIBRATION } from "../config/calibration";
import type { LighthousePreset } from "../types/settings";
import type { LighthouseAudit, LighthouseRun } from "../types/artifacts";
import { modeUrl } from "./runs";

/** Lighthouse's "passed" line: an audit scoring under it is listed as failing, as its report does. */
const PASS = 0.9;
const METRIC_IDS = {
  fcpMs: "first-contentful-paint",
  lcpMs: "largest-contentful-paint",
  tbtMs: "total-blocking-time",
  cls: "cumulative-layout-shift",
  speedIndexMs: "speed-index",
} as const;

/** The performance category's audits that failed, leaving out the metrics themselves (they are shown as figures). */
function failingAudits(lhr: Result): LighthouseAudit[] {
  const refs = lhr.categories.performance?.auditRefs ?? [];
  return refs
    .filter((ref) => ref.group !== "metrics")
    .map((ref) => lhr.audits[ref.id]!)
    .filter((a) => a.score !== null && a.score < PASS && ["binary", "numeric", "metricSavings"].includes(a.scoreDisplayMode))
    .map((a) => ({ id: a.id, title: a.title, score: a.score!, displayValue: a.displayValue ?? null }));
}

function runOf(lhr: Result, mode: string, run: number, preset: LighthousePreset): LighthouseRun {
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    mode,
    run,
    preset,
    url: lhr.finalDisplayedUrl,
    score: lhr.categories.performance?.score ?? NaN,
    metrics: {
      fcpMs: metric(METRIC_IDS.fcpMs),
      lcpMs: metric(METRIC_IDS.lcpMs),
      tbtMs: metric(METRIC_IDS.tbtMs),
      cls: metric(METRIC_IDS.cls),
      speedIndexMs: metric(METRIC_IDS.speedIndexMs),
    },
    failing: failingAudits(lhr),
    warnings: lhr.runWarnings,
  };
}

/**
 * Lighthouse now and then fails to find the navigation in its own trace of a page that loads in
 * a few milliseconds (NO_NAVSTART); such a run is made again, at most twice.
 */
const RETRIES = 2;

async function lighthouseWithRetries(port: number, url: string, preset: LighthousePreset) {
  const flags = { port, output: ["json", "html"] as ("json" | "html")[], logLevel: "error" as const, onlyCategories: ["performance"] };
  for (let attempt = 0; ; attempt += 1) {
    const result = await lighthouse(url, flags, preset === "desktop" ? desktopConfig : undefined);
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}.`);
    const error = result.lhr.runtimeError;
    if (!error) return result;
    if (attempt === RETRIES) throw new Error(`Lighthouse could not measure ${url}: ${error.message}`);
  }
}

/** Lighthouse's full result of a run, in its own JSON and HTML, for the run nearest the median. */
export type LighthouseReports = { json: string; html: string };

/**
 * Lighthouse's performance category on the route in each mode and on the calibration page,
 * `runs` rounds, alternating the order. It drives its own Chromium (the benchmark's, launched
 * headless by chrome-launcher with the same flags), with Lighthouse's mobile or desktop preset
 * and its default simulated throttling.
 */
export async function runLighthouse(
  base: string,
  route: string,
  calibrationUrl: string,
  plan: { preset: LighthousePreset; runs: number },
  onRun: (run: LighthouseRun, reports: LighthouseReports) => void,
): Promise<LighthouseRun[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumExecutable() ?? chromium.executablePath(),
    chromeFlags: [...CHROMIUM_ARGS, "--headless=new"],
    handleSIGINT: false,
  });
  // On Ctrl-C the benchmark exits from its own handler; the browser must not outlive it.
  const kill = () => chrome.kill();
  process.on("SIGINT", kill).on("SIGTERM", kill);
  const runs: LighthouseRun[] = [];
  try {
    for (let run = 1; run <= plan.runs; run += 1) {
      const pages = ["naive", "optimized", CALIBRATION];
      for (const mode of run % 2 === 1 ? pages : pages.reverse()) {
        const url = mode === CALIBRATION ? calibrationUrl : modeUrl(base, route, mode);
        const result = await lighthouseWithRetries(chrome.port, url, plan.preset);
        const record = runOf(result.lhr, mode, run, plan.preset);
        const [json, html] = result.report as string[];
        runs.push(record);
        onRun(record, { json: json!, html: html! });
      }
    }
    return runs;
  } finally {
    process.off("SIGINT", kill).off("SIGTERM", kill);
    chrome.kill();
  }
}
