import { MEASURED_PAGES } from "../../../lib/contract/measured-pages";
import { MAX_SEED_SCALE } from "../../harness-settings";
import { PROFILES } from "../config/profiles";
import type { BenchOptions } from "../types/settings";
import { noValue, parseOptions, UsageError, type OptionSpec } from "./args";
import { DATABASE_USAGE, databaseOptions, defaultDatabase } from "./database-options";
import { DEFAULT_MODES, modeList, MODES_USAGE } from "./modes";
import { REPORT_DEFAULTS, REPORT_SPECS, REPORT_USAGE } from "./report-options";

export { UsageError } from "./args";

export const USAGE = `npm run bench -- [options]

Loads each route in naive and optimized mode (and cached, with --modes) in fresh Chromium
contexts, alternating the modes run by run, and reports medians beside the original article's
figures.

${MODES_USAGE}
  --runs N             measured runs per mode and route (default 5; 31 for --scale-curve, whose
                       pages take milliseconds and whose verdict compares them across servers)
  --profile NAME       none | cable | slow-4g (default cable)
  --routes LIST        comma-separated paths, or "all" for every route (default /)
  --cpu-slowdown N     CPU throttling factor (default 1, none)
  --url URL            measure a running server instead of starting one
  --out DIR            where the reports go (default bench-results)
  --ablation           also switch each technique on alone and off alone
  --scale N            seed the benchmark's database at N times the articles and comments (default 1)
  --scale-curve LIST   instead, seed at each scale of LIST (e.g. 1,10,100,1000) and measure each
                       route's server time and queries in both modes: how cost grows with the data
${DATABASE_USAGE}
${REPORT_USAGE}
  --assert-speedup X   exit 1 when the median load-time ratio on the first route is below X
  --help               this text`;

function positive(flag: string, value: string | undefined, integer: boolean): number {
  const number = Number(value);
  if (value === undefined || !Number.isFinite(number) || number <= 0 || (integer && !Number.isInteger(number))) {
    throw new UsageError(
      `${flag} needs a positive ${integer ? "whole " : ""}number; got ${value === undefined ? "nothing" : `"${value}"`}.`,
    );
  }
  return number;
}

function profileName(name: string): string {
  if (!PROFILES[name]) throw new UsageError(`--profile must be one of ${Object.keys(PROFILES).join(", ")}; got "${name}".`);
  return name;
}

function routeList(list: string): string[] {
  const routes = list === "all" ? MEASURED_PAGES.map((r) => r.path) : list.split(",").filter(Boolean);
  if (routes.length === 0 || routes.some((r) => !r.startsWith("/")))
    throw new UsageError(`--routes takes paths that start with "/", or "all"; got "${list}".`);
  return routes;
}

function serverUrl(url: string): string {
  if (!/^https?:\/\/[^/]+/.test(url)) throw new UsageError(`--url needs an http(s) address such as http://localhost:3000; got "${url}".`);
  return url.replace(/\/$/, "");
}

function folder(out: string): string {
  if (!out) throw new UsageError("--out needs a folder.");
  return out;
}

function scaleOf(flag: string, value: string | undefined): number {
  const scale = positive(flag, value, true);
  if (scale > MAX_SEED_SCALE) throw new UsageError(`${flag} goes up to ${MAX_SEED_SCALE}; got ${scale}.`);
  return scale;
}

function scaleList(flag: string, list: string): number[] {
  const scales = list.split(",").map((part) => scaleOf(flag, part.trim()));
  if (scales.some((scale, i) => i > 0 && scale <= scales[i - 1]!))
    throw new UsageError(`${flag} takes scales in increasing order, such as 1,10,100; got "${list}".`);
  return scales;
}

const SPECS: Record<string, OptionSpec<BenchOptions>> = {
  modes: { type: "string", set: (o, value, flag) => (o.modes = modeList(flag, value)) },
  scale: { type: "string", set: (o, value, flag) => (o.scale = scaleOf(flag, value)) },
  "scale-curve": { type: "string", set: (o, value, flag) => (o.scaleCurve = scaleList(flag, value ?? "")) },
  runs: { type: "string", set: (o, value, flag) => (o.runs = positive(flag, value, true)) },
  profile: { type: "string", set: (o, value) => (o.profile = profileName(value ?? "")) },
  routes: { type: "string", set: (o, value) => (o.routes = routeList(value ?? "")) },
  "cpu-slowdown": { type: "string", set: (o, value, flag) => (o.cpuSlowdown = positive(flag, value, false)) },
  url: { type: "string", set: (o, value) => (o.url = serverUrl(value ?? "")) },
  out: { type: "string", set: (o, value) => (o.out = folder(value ?? "")) },
  ablation: {
    type: "boolean",
    set: (o, value, flag) => {
      noValue(flag, value);
      o.ablation = true;
    },
  },
  "assert-speedup": { type: "string", set: (o, value, flag) => (o.assertSpeedup = positive(flag, value, false)) },
};

/** The scale curve's runs when --runs is not given: its optimized pages take 5 to 15 ms, and the median of 31 holds still. */
const CURVE_RUNS = 31;

/** The bench's options from its command line, or "help" for --help. Throws a UsageError naming what was wrong. */
export function parseBenchOptions(argv: string[]): BenchOptions | "help" {
  const defaults: BenchOptions = {
    modes: DEFAULT_MODES,
    runs: 5,
    scale: 1,
    scaleCurve: null,
    profile: "cable",
    routes: ["/"],
    cpuSlowdown: 1,
    url: null,
    out: "bench-results",
    ablation: false,
    assertSpeedup: null,
    database: defaultDatabase(),
    ...REPORT_DEFAULTS,
  };
  const database = databaseOptions<BenchOptions>();
  const unknown = (flag: string) => new UsageError(`Unknown option "${flag}". See npm run bench -- --help.`);
  // Whether --runs was given, as the parser read it, for the scale curve's own default.
  let runsGiven = false;
  const runs: OptionSpec<BenchOptions> = {
    ...SPECS.runs!,
    set: (o, value, flag) => {
      runsGiven = true;
      SPECS.runs!.set(o, value, flag);
    },
  };
  const options = parseOptions(argv, defaults, { ...SPECS, runs, ...database.specs, ...REPORT_SPECS }, unknown);
  if (options === "help") return options;
  const checked = database.finish(options);
  if (checked.scaleCurve && !runsGiven) checked.runs = CURVE_RUNS;
  if (checked.scaleCurve && checked.scaleCurve.length > 1 && checked.database.url)
    throw new UsageError(
      "--scale-curve serves a database of its own for each scale, side by side, and --database-url is one database. Use --db postgres (a throwaway cluster for each scale), or one scale.",
    );
  return checked;
}
