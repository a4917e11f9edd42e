import { readRaw, SettingError, text, wholeNumber, type Spec } from "../lib/settings";

/**
 * The bounds the benchmark's options share with the server's variables, for the benchmark, which
 * imports nothing of lib/ but the contract and its utilities: the largest seed scale (SEED_SCALE,
 * --scale), the scale a server's database is seeded at (its heap depends on it), and how an added
 * round trip is written (DB_LATENCY_MS, --db-latency).
 */
export { MAX_SEED_SCALE, parseLatencyMs, seedScale } from "../lib/settings";

/**
 * The variables of the test harness and the benchmark, kept apart from the server's
 * (lib/settings.ts) with the same machinery: they say how the tests and the benchmark run, never
 * how the blog behaves. docs/configuration.md lists them in a table of their own.
 */
export const HARNESS_SETTINGS = {
  CI: {
    doc: "Set by CI services (`true`): the tests that need PostgreSQL, nginx or Redis fail when it is missing instead of skipping.",
    shown: "unset",
    read: (_name: string, raw: string | undefined) => raw !== undefined && !["0", "false"].includes(raw.toLowerCase()),
  },
  CHROMIUM_PATH: text("The browser the tests and the benchmark drive; unset to look for one (scripts/chromium.ts)."),
  E2E_PORT: wholeNumber("Where the end-to-end tests' server listens.", { fallback: () => 3210, min: 1, max: 65_535 }),
  E2E_REUSE_SERVER: {
    doc: "`1` tests a server already listening on E2E_PORT instead of starting one.",
    shown: "unset",
    read: (name: string, raw: string | undefined) => {
      if (raw !== undefined && raw !== "0" && raw !== "1") throw new SettingError(`${name} must be 0 or 1; got "${raw}".`);
      return raw === "1";
    },
  },
} as const satisfies Record<string, Spec<unknown>>;

type HarnessName = keyof typeof HARNESS_SETTINGS;

function harnessSetting<N extends HarnessName>(name: N): ReturnType<(typeof HARNESS_SETTINGS)[N]["read"]> {
  return HARNESS_SETTINGS[name].read(name, readRaw(name)) as ReturnType<(typeof HARNESS_SETTINGS)[N]["read"]>;
}

/** `CI`: true under a CI service (`true` or `1`); an unset, empty, `0` or `false` CI is none. */
export const continuousIntegration = () => harnessSetting("CI");
/** `CHROMIUM_PATH`: the browser the tests and the benchmark drive; undefined to look for one. */
export const chromiumPath = () => harnessSetting("CHROMIUM_PATH");
/** Where the end-to-end tests' server listens, and whether to reuse one already there. */
export const e2eServer = () => ({ port: harnessSetting("E2E_PORT"), reuse: harnessSetting("E2E_REUSE_SERVER") });
