import type { Plan } from "../model/plan";
import { cacheHeaders, type CacheHeaders } from "../techniques/cache-headers";
import { compression, type Compression } from "../techniques/compression";
import { staticHtml, type StaticHtml } from "../techniques/static-html";

/** The variants the front runs, one for each technique that acts on the response. */
export type FrontPlan = {
  readonly compression: Compression;
  readonly "cache-headers": CacheHeaders;
  readonly "static-html": StaticHtml;
};

/** The one place on the front's side where a plan becomes code. */
export function resolveFrontPlan(plan: Plan): FrontPlan {
  return {
    compression: compression[plan.compression],
    "cache-headers": cacheHeaders[plan["cache-headers"]],
    "static-html": staticHtml[plan["static-html"]],
  };
}
