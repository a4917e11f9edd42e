import { defineConfig, devices } from "@playwright/test";
import { e2eServer } from "./scripts/harness-settings";
import { CHROMIUM_ARGS, chromiumExecutable } from "./scripts/chromium";

const { port, reuse } = e2eServer();

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1366, height: 768 },
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        viewport: { width: 1366, height: 768 },
        launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: {
    command: "npx tsx scripts/test-server.ts",
    url: `http://127.0.0.1:${port}/categories`,
    env: { PORT: String(port) },
    // Only on request: a server left on the port by something else would be tested instead.
    reuseExistingServer: reuse,
    timeout: 240_000,
    stdout: "pipe",
  },
});
