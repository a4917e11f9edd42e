import { parseServerTimingHeader } from "../../../lib/contract/server-timing";
import { formatMode, parseMode } from "../../../lib/contract/mode";
import type { Expected } from "../types/settings";
import type { NetworkLog } from "../types/artifacts";

/** The mode as the server names it in Server-Timing: `naive`, `optimized`, or the techniques in their fixed order. */
export function canonicalMode(mode: string): string {
  const parsed = parseMode(mode);
  return parsed.ok ? formatMode(parsed.mode) : mode;
}

/** The mode a page says it was served in, from the `mode` metric of its Server-Timing header. */
function servedMode(network: NetworkLog): string | undefined {
  return parseServerTimingHeader(network.document?.serverTiming).find((m) => m.name === "mode")?.params.desc;
}

/**
 * What went wrong with a view, if anything: a document that is not 200 (or 304 when the repeat
 * view revalidates it), a request that failed or answered 400 or more, or a page served in
 * another mode than the one asked for. Each would make the figures measure something else.
 */
export function viewProblems(expected: Expected, goToStatus: number | null, network: NetworkLog): string[] {
  const allowed = expected.view === "first" ? [200] : [200, 304];
  const status = network.document?.status ?? goToStatus;
  const problems: string[] = [];
  if (status === null || !allowed.includes(status)) problems.push(`the page answered ${status ?? "nothing"}, not ${allowed.join(" or ")}`);
  for (const r of network.requests) if (r.status >= 400) problems.push(`${r.url} answered ${r.status}`);
  problems.push(...network.failures);
  const served = servedMode(network);
  const mode = canonicalMode(expected.mode);
  if (served !== mode) problems.push(`the page was served in mode "${served ?? "unknown"}" (Server-Timing), not "${mode}"`);
  return problems;
}

/** Throws with every problem of the view, so that the benchmark stops rather than report wrong figures. */
export function checkView(url: string, expected: Expected, goToStatus: number | null, network: NetworkLog): void {
  const problems = viewProblems(expected, goToStatus, network);
  if (problems.length === 0) return;
  throw new Error(`The ${expected.view} view of ${url} did not load as asked, so the benchmark stops:\n  - ${problems.join("\n  - ")}`);
}
