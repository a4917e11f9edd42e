import type { LoadTestOptions } from "../model";

export const LOADTEST_USAGE = `npm run loadtest -- [options]

Starts a production server on a freshly seeded database (or uses --url), then runs autocannon
against one path in naive and then optimized mode, and compares requests per second. An answer
that takes over 60 s counts as a timeout, and any timeout fails the run.

  --connections N   concurrent connections (default 20)
  --duration S      seconds a mode (default 15)
  --url URL         a running server on this machine instead of starting one
  --path /p         the page to load (default /)
  --json FILE       also write the results as JSON
  --help            this text`;

export function parseLoadTestOptions(argv: string[]): LoadTestOptions | "help" {
  const options: LoadTestOptions = { connections: 20, duration: 15, url: null, path: "/", json: null };
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, value] = [argv[i]!, argv[i + 1]];
    if (flag === "--help" || flag === "-h") return "help";
    i += 1;
    if (flag === "--connections" || flag === "--duration") {
      const n = Number(value);
      if (!Number.isInteger(n) || n <= 0 || n > 1000) throw new Error(`${flag} needs a whole number from 1 to 1000; got "${value ?? ""}".`);
      options[flag === "--connections" ? "connections" : "duration"] = n;
    } else if (flag === "--url" && value && /^https?:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?\/?$/.test(value)) {
      options.url = value.replace(/\/$/, "");
    } else if (flag === "--url") {
      throw new Error(`--url must be a loopback address such as http://localhost:3000; got "${value ?? ""}".`);
    } else if (flag === "--path" && value?.startsWith("/")) {
      options.path = value;
    } else if (flag === "--json" && value) {
      options.json = value;
    } else {
      throw new Error(`Unknown or incomplete option "${flag}". Options: --connections N --duration S --url URL --path /p --json FILE.`);
    }
  }
  return options;
}
