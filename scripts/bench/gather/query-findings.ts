import type { RequestDetail } from "../../../lib/contract/debug-detail";
import { MODE_COOKIE } from "../../../lib/contract/mode";
import { parseServerTiming } from "../../../lib/contract/server-timing";
import { requestDetailUrl } from "../../../lib/contract/urls/debug";
import type { QueryFindings } from "../types/artifacts";

/**
 * Where each route's queries came from, in each mode: one more load of the page (outside the
 * timed runs), then its detail from the server's debug endpoint, which the benchmark's own
 * server gives a client on this machine. Null when the server gives no request id (its debug
 * panel is off, or this client is outside DEBUG_PANEL_ALLOW): the report then says so.
 */
export async function gatherQueryFindings(base: string, routes: string[]): Promise<QueryFindings[] | null> {
  const found: QueryFindings[] = [];
  for (const route of routes) {
    for (const mode of ["naive", "optimized"] as const) {
      const page = await fetch(`${base}${route}`, { headers: { Cookie: `${MODE_COOKIE}=${mode}` } });
      await page.arrayBuffer();
      const requestId = parseServerTiming(page.headers.get("server-timing"))?.requestId;
      if (!requestId) return null;
      const detail = await fetch(`${base}${requestDetailUrl(requestId)}`);
      if (!detail.ok) return null;
      const { queries, findings } = (await detail.json()) as RequestDetail;
      found.push({ route, mode, queries: queries.length, withCallSite: queries.filter((q) => q.callSite !== null).length, findings });
    }
  }
  return found;
}
