import type { BenchOptions, LighthousePreset } from "../types/settings";
import { noValue, UsageError, type OptionSpec } from "./args";

/** The lines of `--help` for what the benchmark adds to its reports: Lighthouse, budgets, a comparison, traces. */
export const REPORT_USAGE = `  --lighthouse         also run Lighthouse (performance) on the first route in each mode and on
                       the calibration page, with its simulated throttling
  --lighthouse-preset NAME
                       mobile | desktop: Lighthouse's preset (default mobile)
  --lighthouse-runs N  Lighthouse runs per page, the median reported (default 3)
  --budget FILE        check the runs against a budget (bench-budget.json ships one for optimized);
                       exit 1 naming every figure over its limit
  --compare FILE       compare with an earlier latest.json: old and new medians, and a verdict
                       (better, worse, within noise) from a Mann-Whitney U test on the runs
  --trace              also keep a Chrome trace of the run nearest the median of each mode`;

export const REPORT_DEFAULTS = {
  lighthouse: null,
  lighthouseRuns: 3,
  budget: null,
  compare: null,
  trace: false,
} satisfies Partial<BenchOptions>;

function preset(flag: string, value: string | undefined): LighthousePreset {
  if (value === "mobile" || value === "desktop") return value;
  throw new UsageError(`${flag} must be mobile or desktop; got "${value ?? ""}".`);
}

function file(flag: string, value: string | undefined): string {
  if (!value) throw new UsageError(`${flag} needs a file.`);
  return value;
}

function runCount(flag: string, value: string | undefined): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 50) throw new UsageError(`${flag} needs a whole number from 1 to 50; got "${value ?? ""}".`);
  return n;
}

export const REPORT_SPECS: Record<string, OptionSpec<BenchOptions>> = {
  lighthouse: {
    type: "boolean",
    set: (o, value, flag) => {
      noValue(flag, value);
      o.lighthouse ??= "mobile";
    },
  },
  "lighthouse-preset": { type: "string", set: (o, value, flag) => (o.lighthouse = preset(flag, value)) },
  "lighthouse-runs": { type: "string", set: (o, value, flag) => (o.lighthouseRuns = runCount(flag, value)) },
  budget: { type: "string", set: (o, value, flag) => (o.budget = file(flag, value)) },
  compare: { type: "string", set: (o, value, flag) => (o.compare = file(flag, value)) },
  trace: {
    type: "boolean",
    set: (o, value, flag) => {
      noValue(flag, value);
      o.trace = true;
    },
  },
};
