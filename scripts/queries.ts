/**
 * What the debug panel finds wrong with each page's queries, for every measured page in both
 * modes, as Bullet's log lists its detections: the kind, how many statements, the line that made
 * them and the fix. Starts a production server on a freshly seeded database (or uses --url).
 * Exits 1 when optimized has any finding, so that CI stops a change that brings one back.
 *
 *   npm run queries -- [--url URL] [--db sqlite|postgres] [--json FILE] [--cost]
 */
import { writeFileSync } from "node:fs";
import { MEASURED_PAGES } from "../lib/contract/measured-pages";
import { MODE_COOKIE } from "../lib/contract/mode";
import { parseServerTiming } from "../lib/contract/server-timing";
import { requestDetailUrl } from "../lib/contract/urls/debug";
import type { RequestDetail } from "../lib/contract/debug-detail";
import { UsageError } from "./bench/cli/args";
import { parseQueriesOptions, QUERIES_USAGE, type QueriesOptions } from "./queries-options";
import { startBenchServer, stopOnSignals } from "./bench/gather/server";

const MODES = ["naive", "optimized"] as const;
type Mode = (typeof MODES)[number];

type PageFindings = { mode: Mode; page: string; path: string; queries: number; withCallSite: number; findings: RequestDetail["findings"] };

async function fetchPage(base: string, path: string, mode: Mode, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}${path}`, { headers: { Cookie: `${MODE_COOKIE}=${mode}`, ...headers } });
  await response.arrayBuffer();
  const figures = parseServerTiming(response.headers.get("server-timing"));
  if (response.status !== 200 || !figures)
    throw new Error(`${path} in ${mode} mode answered ${response.status}${figures ? "" : " without Server-Timing"}.`);
  return figures;
}

/** One page in one mode: its queries, how many know their line, and the findings, from the debug endpoint. */
async function inspect(base: string, page: (typeof MEASURED_PAGES)[number], mode: Mode): Promise<PageFindings> {
  const { requestId } = await fetchPage(base, page.path, mode);
  if (!requestId)
    throw new Error("The server gave no request id: is its debug panel off (DEBUG_PANEL=0), or this client outside DEBUG_PANEL_ALLOW?");
  const response = await fetch(`${base}${requestDetailUrl(requestId)}`);
  if (!response.ok)
    throw new Error(
      `The debug panel's detail answered ${response.status}: is the server's debug panel off (DEBUG_PANEL=0), or this client not allowed?`,
    );
  const detail = (await response.json()) as RequestDetail;
  const withCallSite = detail.queries.filter((q) => q.callSite !== null).length;
  return { mode, page: page.name, path: page.path, queries: detail.queries.length, withCallSite, findings: detail.findings };
}

function print(results: PageFindings[]): void {
  for (const result of results) {
    const share = result.queries === 0 ? "" : `, ${result.withCallSite} with their line`;
    console.log(`\n${result.mode} ${result.path} (${result.page}): ${result.queries} queries${share}, ${result.findings.length} findings`);
    for (const f of result.findings) {
      console.log(`  ${f.kind.padEnd(17)} ${`${f.count}×`.padStart(5)}  ${f.callSite ?? "(no call site)"}`);
      console.log(`  ${"".padEnd(24)}${f.suggestion}`);
      console.log(`  ${"".padEnd(24)}fixed by ${f.technique.name}${f.technique.fix ? ` at ${f.technique.fix}` : ""}`);
    }
  }
}

/**
 * What the call-site capture and the findings cost: optimized `/`'s server time on a server with
 * the debug panel against one without (DEBUG_PANEL=0), the two asked in turn, medians of `rounds`.
 */
async function measureCost(options: QueriesOptions, log: (message: string) => void): Promise<void> {
  const rounds = 200;
  const servers = [];
  for (const panel of ["1", "0"]) {
    process.env.DEBUG_PANEL = panel;
    servers.push(await startBenchServer(log, options.database));
  }
  try {
    const times: number[][] = [[], []];
    for (let round = -20; round < rounds; round += 1) {
      for (const [i, server] of servers.entries()) {
        const { totalMs } = await fetchPage(server.url, "/", "optimized");
        if (round >= 0) times[i]!.push(totalMs);
      }
    }
    const [on, off] = times.map((list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)]!);
    console.log(
      `\nThe debug panel's capture and findings on optimized /: median server time ${on!.toFixed(2)} ms with it, ${off!.toFixed(2)} ms without ` +
        `(DEBUG_PANEL=0), ${(((on! - off!) / off!) * 100).toFixed(1)}% (${rounds} requests each, in turn).`,
    );
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
}

async function main(): Promise<number> {
  const options = parseQueriesOptions(process.argv.slice(2));
  if (options === "help") {
    console.log(QUERIES_USAGE);
    return 0;
  }
  const log = (message: string) => console.log(`▸ ${message}`);
  stopOnSignals();
  if (options.cost) {
    await measureCost(options, log);
    return 0;
  }
  const server = options.url ? { url: options.url, stop: async () => {} } : await startBenchServer(log, options.database);
  try {
    const results: PageFindings[] = [];
    for (const mode of MODES) for (const page of MEASURED_PAGES) results.push(await inspect(server.url, page, mode));
    print(results);
    if (options.json) writeFileSync(options.json, `${JSON.stringify(results, null, 2)}\n`);
    const optimized = results.filter((r) => r.mode === "optimized").flatMap((r) => r.findings);
    const naive = results.filter((r) => r.mode === "naive").flatMap((r) => r.findings);
    console.log(`\nnaive: ${naive.length} findings; optimized: ${optimized.length}.`);
    if (optimized.length > 0) {
      console.error("Optimized pages have findings: each names the line that made the queries and what to change there.");
      return 1;
    }
    return 0;
  } finally {
    await server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${QUERIES_USAGE}`);
      process.exit(2);
    }
    console.error(`npm run queries failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
