import { existsSync } from "node:fs";

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

/**
 * The browser to drive: `CHROMIUM_PATH` when set, else the system's Chromium when there is
 * one, else Playwright's own (installed with `npx playwright install chromium`).
 */
export function chromiumExecutable(): string | undefined {
  const configured = process.env.CHROMIUM_PATH?.trim();
  if (configured) {
    if (!existsSync(configured)) throw new Error(`CHROMIUM_PATH points to ${configured}, which does not exist.`);
    return configured;
  }
  return ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((candidate) => existsSync(candidate));
}
