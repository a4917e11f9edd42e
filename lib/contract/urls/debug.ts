import { INSTANCE_NAME_PATTERN } from "../instance";

/**
 * The debug panel's endpoint, under `/__debug/`, written and read here only:
 *   /__debug/requests/<id>                        one recent request's queries (the panel, opened)
 *   /__debug/requests/<id>/queries/<index>/plan   the database's plan of its `index`th query (from 0)
 * Everything under `/__debug` is the endpoint's, misses included.
 */
export const DEBUG_ROOT = "/__debug";
/** Where one recent request's addresses start. */
export const DEBUG_REQUESTS = `${DEBUG_ROOT}/requests/`;

/**
 * A request id as the server makes them: 64 random bits in hex, after the instance's name and a
 * dot when the server has one (lib/contract/instance.ts), so that a load balancer can route by it.
 */
const ID = `(?:${INSTANCE_NAME_PATTERN}\\.)?[a-f0-9]{16}`;
const DETAIL = new RegExp(`^${DEBUG_REQUESTS}(${ID})$`);
const QUERY_PLAN = new RegExp(`^${DEBUG_REQUESTS}(${ID})/queries/([^/]*)/plan$`);
const INDEX = /^(0|[1-9][0-9]{0,5})$/;

/**
 * The two addresses as templates: the debug panel's script runs in the browser, where it cannot
 * import this module, so it is handed these and fills in `:id` and `:index` with `fillDebugUrl`'s rule.
 */
export const DEBUG_URL_TEMPLATES = { detail: `${DEBUG_REQUESTS}:id`, plan: `${DEBUG_REQUESTS}:id/queries/:index/plan` } as const;

export function fillDebugUrl(template: string, requestId: string, index = 0): string {
  return template.replace(":id", encodeURIComponent(requestId)).replace(":index", String(index));
}

export function requestDetailUrl(requestId: string): string {
  return fillDebugUrl(DEBUG_URL_TEMPLATES.detail, requestId);
}

export function queryPlanUrl(requestId: string, index: number): string {
  return fillDebugUrl(DEBUG_URL_TEMPLATES.plan, requestId, index);
}

export function isDebugPath(pathname: string): boolean {
  return pathname === DEBUG_ROOT || pathname.startsWith(`${DEBUG_ROOT}/`);
}

export type DebugAddress =
  | { kind: "detail"; requestId: string }
  | { kind: "plan"; requestId: string; index: number }
  | { kind: "bad-index"; requestId: string }
  | { kind: "unknown" };

/** What a path under DEBUG_ROOT asks for; a query index that is not a whole number from 0 is `bad-index` (400). */
export function parseDebugUrl(url: URL): DebugAddress {
  const plan = QUERY_PLAN.exec(url.pathname);
  if (plan)
    return INDEX.test(plan[2]!)
      ? { kind: "plan", requestId: plan[1]!, index: Number(plan[2]) }
      : { kind: "bad-index", requestId: plan[1]! };
  const detail = DETAIL.exec(url.pathname);
  return detail ? { kind: "detail", requestId: detail[1]! } : { kind: "unknown" };
}
