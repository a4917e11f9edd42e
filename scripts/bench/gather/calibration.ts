import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser } from "playwright-core";
import { applySecurityHeaders } from "../../../lib/contract/security-headers";
import { CALIBRATION_HTML } from "../config/calibration";
import type { Conditions } from "../types/settings";
import type { CalibrationRecord } from "../types/artifacts";
import { newMeasuredContext, observeView } from "./measure";

export type CalibrationServer = { url: string; stop: () => Promise<void> };

/**
 * Serves the calibration page from this process, on a free loopback port: a server that does no
 * work. It sends fastblog's own security headers, so that both pages meet the same browser:
 * Cross-Origin-Opener-Policy: same-origin makes Chrome commit a page in a new renderer process,
 * where a page without it reuses the new tab's (tens of milliseconds before DOMContentLoaded here).
 */
export async function startCalibrationServer(): Promise<CalibrationServer> {
  const body = Buffer.from(CALIBRATION_HTML);
  const server = createServer((_request, response) => {
    applySecurityHeaders(response);
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Length": body.length, "Cache-Control": "no-cache" });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** One load of the calibration page in a fresh context, measured and traced as a mode's first view is. */
export async function measureCalibration(browser: Browser, url: string, run: number, conditions: Conditions): Promise<CalibrationRecord> {
  const context = await newMeasuredContext(browser);
  try {
    const page = await context.newPage();
    const { view } = await observeView(page, context, url, conditions.profile, conditions.cpuSlowdown, undefined, {
      trace: true,
      keepTrace: null,
    });
    const { waterfall: _waterfall, ...first } = view;
    if (view.waterfall[0]?.status !== 200)
      throw new Error(`The calibration page at ${url} answered ${view.waterfall[0]?.status ?? "nothing"}.`);
    return { run, first };
  } finally {
    await context.close();
  }
}
