import { existsSync } from "node:fs";
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

/**
 * The browser to drive: `CHROMIUM_PATH` when set, else the system's Chromium when there is
 * one, else Playwright's own (undefined: Playwright finds it). With none of the three it
 * throws at once, saying what to install, rather than failing later inside a launch.
 */
export function chromiumExecutable(): string | undefined {
  const configured = chromiumPath();
  if (configured) {
    if (!existsSync(configured)) throw new Error(`CHROMIUM_PATH points to ${configured}, which does not exist.`);
    return configured;
  }
  const system = SYSTEM_CHROMIUMS.find((candidate) => existsSync(candidate));
  if (system) return system;
  const bundled = chromium.executablePath();
  if (existsSync(bundled)) return undefined;
  throw new Error(
    `No Chromium found: CHROMIUM_PATH is not set, there is no ${SYSTEM_CHROMIUMS.join(" or ")}, and Playwright's own Chromium is not installed (${bundled}). ` +
      "Install one with `apt-get install chromium` or `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium or Chrome executable.",
  );
}
