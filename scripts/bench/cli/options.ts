import { ROUTES } from "../../../lib/routes";
import { PROFILES } from "../config/profiles";
import type { BenchOptions } from "../model";

export const USAGE = `npm run bench -- [options]

Loads each route in naive and optimized mode in fresh Chromium contexts, alternating the
modes run by run, and reports medians beside the original article's figures.

  --runs N             measured runs per mode and route (default 5)
  --profile NAME       none | cable | slow-4g (default cable)
  --routes LIST        comma-separated paths, or "all" for every route (default /)
  --cpu-slowdown N     CPU throttling factor (default 1, none)
  --url URL            measure a running server instead of starting one
  --out DIR            where the reports go (default bench-results)
  --ablation           also switch each technique on alone and off alone
  --assert-speedup X   exit 1 when the median load-time ratio on the first route is below X
  --help               this text`;

export class UsageError extends Error {}

function positive(name: string, value: string | undefined, integer: boolean): number {
  const number = Number(value);
  if (value === undefined || !Number.isFinite(number) || number <= 0 || (integer && !Number.isInteger(number))) {
    throw new UsageError(`${name} needs a positive ${integer ? "whole " : ""}number; got ${value === undefined ? "nothing" : `"${value}"`}.`);
  }
  return number;
}

export function parseBenchOptions(argv: string[]): BenchOptions | "help" {
  const options: BenchOptions = { runs: 5, profile: "cable", routes: ["/"], cpuSlowdown: 1, url: null, out: "bench-results", ablation: false, assertSpeedup: null };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i]!;
    const value = () => argv[++i];
    switch (flag) {
      case "--help":
      case "-h":
        return "help";
      case "--runs":
        options.runs = positive(flag, value(), true);
        break;
      case "--profile": {
        const name = value() ?? "";
        if (!PROFILES[name]) throw new UsageError(`--profile must be one of ${Object.keys(PROFILES).join(", ")}; got "${name}".`);
        options.profile = name;
        break;
      }
      case "--routes": {
        const list = value() ?? "";
        options.routes = list === "all" ? ROUTES.map((r) => r.path) : list.split(",").filter(Boolean);
        if (options.routes.length === 0 || options.routes.some((r) => !r.startsWith("/"))) throw new UsageError(`--routes takes paths that start with "/", or "all"; got "${list}".`);
        break;
      }
      case "--cpu-slowdown":
        options.cpuSlowdown = positive(flag, value(), false);
        break;
      case "--url": {
        const url = value() ?? "";
        if (!/^https?:\/\/[^/]+/.test(url)) throw new UsageError(`--url needs an http(s) address such as http://localhost:3000; got "${url}".`);
        options.url = url.replace(/\/$/, "");
        break;
      }
      case "--out":
        options.out = value() ?? "";
        if (!options.out) throw new UsageError("--out needs a folder.");
        break;
      case "--ablation":
        options.ablation = true;
        break;
      case "--assert-speedup":
        options.assertSpeedup = positive(flag, value(), false);
        break;
      default:
        throw new UsageError(`Unknown option "${flag}". See npm run bench -- --help.`);
    }
  }
  return options;
}
