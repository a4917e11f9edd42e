import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";
import { chromiumPath } from "./harness-settings";

/** Flags that keep Chromium quiet on machines without a network or a GPU. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

const SYSTEM_CHROMIUMS = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

/** Where to look, and how to install Playwright's own browser: the real ones by default, others in tests. */
export type ChromiumSources = {
  configured: string | undefined;
  system: readonly string[];
  /** Where Playwright's own Chromium is, installed or not. */
  bundled: () => string;
  exists: (file: string) => boolean;
  /** Runs `playwright install chromium`; gives why it failed, or null. */
  install: () => string | null;
  log: (message: string) => void;
};

const REAL: ChromiumSources = {
  configured: undefined,
  system: SYSTEM_CHROMIUMS,
  bundled: () => chromium.executablePath(),
  exists: existsSync,
  install() {
    const cli = createRequire(import.meta.url).resolve("playwright-core/cli.js");
    const result = spawnSync(process.execPath, [cli, "install", "chromium"], { stdio: "inherit" });
    if (result.error) return result.error.message;
    return result.status === 0 ? null : `it exited with ${result.signal ?? `code ${result.status}`}`;
  },
  log: (message) => console.log(message),
};

/**
 * The browser to drive, as Playwright users expect the test command to find one: `CHROMIUM_PATH`
 * when set, else the system's Chromium when there is one, else Playwright's own (undefined:
 * Playwright finds it), which is installed once, with a line that says so, when it is missing.
 * Where that download cannot work (offline), it throws at once, saying what to install, rather
 * than failing later inside a launch.
 */
export function locateChromium(sources: ChromiumSources): string | undefined {
  const { configured, exists } = sources;
  if (configured) {
    if (!exists(configured)) throw new Error(`CHROMIUM_PATH points to ${configured}, which does not exist.`);
    return configured;
  }
  const system = sources.system.find((candidate) => exists(candidate));
  if (system) return system;
  const bundled = sources.bundled();
  if (exists(bundled)) return undefined;
  sources.log(
    `No Chromium found (CHROMIUM_PATH is not set, and there is no ${sources.system.join(" or ")}): installing Playwright's own with \`playwright install chromium\`…`,
  );
  const failed = sources.install();
  if (!failed && exists(sources.bundled())) return undefined;
  throw new Error(
    `No Chromium found: CHROMIUM_PATH is not set, there is no ${sources.system.join(" or ")}, and Playwright's own Chromium could not be installed (${failed ?? `nothing at ${bundled}`}). ` +
      "Install one with `apt-get install chromium` or `npx playwright install chromium` where the download works, or set CHROMIUM_PATH to a Chromium or Chrome executable.",
  );
}

/** The browser the tests and the benchmark drive (see locateChromium); found once a process. */
let found: { path: string | undefined } | undefined;
export function chromiumExecutable(): string | undefined {
  found ??= { path: locateChromium({ ...REAL, configured: chromiumPath() }) };
  return found.path;
}
