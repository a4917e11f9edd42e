import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { medianLighthouseRun } from "./compute/lighthouse";
import type { LighthouseRun, RunScreenshots, ViewArtifacts } from "./types/artifacts";
import type { BenchResult } from "./types/results";
import type { LighthouseReports } from "./gather/lighthouse";
import type { RunCapture } from "./gather/runs";

/** A route as a file name: "/" is home, "/articles/x" is articles-x. */
export function routeSlug(route: string): string {
  return route.replace(/^\/|\/$/g, "").replace(/[^A-Za-z0-9]+/g, "-") || "home";
}

/**
 * The standard files a benchmark leaves beside its reports, for the run nearest the median of
 * each mode: a HAR (opens in DevTools and HAR viewers), a Chrome trace with --trace (opens in
 * DevTools' Performance panel and Perfetto), and Lighthouse's own HTML and JSON with
 * --lighthouse. Every run's are kept until the medians are known, traces on disk, and so are
 * the screenshots of each run's traced load, which the filmstrip takes from the median runs.
 */
export class ArtifactStore {
  readonly #views = new Map<string, ViewArtifacts>();
  readonly #screenshots: RunScreenshots[] = [];
  readonly #lighthouse = new Map<LighthouseRun, LighthouseReports>();
  readonly #scratch: string;

  constructor(
    private readonly out: string,
    private readonly trace: boolean,
  ) {
    this.#scratch = path.join(out, ".runs");
  }

  /** Where a measured run leaves its trace (with --trace) and its HAR. */
  capture = (route: string, mode: string, run: number): RunCapture => {
    const key = `${routeSlug(route)}-${mode}-${run}`;
    if (this.trace) mkdirSync(this.#scratch, { recursive: true });
    return {
      traceFile: this.trace ? path.join(this.#scratch, `${key}.trace.json`) : null,
      keep: (artifacts) => {
        this.#views.set(key, artifacts);
        this.#screenshots.push({ route, mode, run, screenshots: artifacts.screenshots });
      },
    };
  };

  /** The screenshots of every measured run's traced load so far. */
  screenshots = (): RunScreenshots[] => [...this.#screenshots];

  keepLighthouse = (run: LighthouseRun, reports: LighthouseReports): void => void this.#lighthouse.set(run, reports);

  /** Writes the median runs' files and removes the rest; gives each file by what it is, relative to `out`. */
  finish(result: BenchResult): Record<string, string> {
    const lighthouseRuns = result.measured.lighthouse;
    const written: Record<string, string> = {};
    const write = (name: string, file: string, body: string) => {
      writeFileSync(path.join(this.out, file), body);
      written[name] = file;
    };
    for (const route of result.routes) {
      for (const run of route.sampleRuns) {
        const stem = `${routeSlug(route.route)}-${run.mode}`;
        const kept = this.#views.get(`${stem}-${run.run}`);
        if (!kept) continue;
        write(`${stem} HAR`, `${stem}.har`, JSON.stringify({ log: kept.har }, null, 1));
        if (kept.tracePath) {
          renameSync(kept.tracePath, path.join(this.out, `${stem}.trace.json`));
          written[`${stem} trace`] = `${stem}.trace.json`;
        }
      }
    }
    rmSync(this.#scratch, { recursive: true, force: true });
    for (const mode of [...new Set(lighthouseRuns.map((r) => r.mode))]) {
      const reports = this.#lighthouse.get(medianLighthouseRun(lighthouseRuns.filter((r) => r.mode === mode)));
      if (!reports) continue;
      write(`lighthouse ${mode} HTML`, `lighthouse-${mode}.html`, reports.html);
      write(`lighthouse ${mode} JSON`, `lighthouse-${mode}.json`, reports.json);
    }
    return written;
  }
}
