import { TECHNIQUES, type Mode, type Technique } from "../contract/mode";

/** Each technique has two variants, kept side by side in its module under lib/techniques/. */
export type Variant = "naive" | "optimized";

/** A technique's two variants, with the same shape so that the compiler keeps them in step. */
export type Variants<T> = Record<Variant, T>;

/**
 * The plan of one request: which variant of each technique it runs. The front resolves the
 * mode into a plan once per request (lib/server/steps/select-mode.ts) and keeps it in the
 * request's context. Each side then turns the plan into the variants it runs, in one place:
 * - the front, for the techniques that act on the response (lib/server/front-plan.ts):
 *   compression, cache-headers, static-html;
 * - the pages, for those that act on data and markup (lib/request/page-plan.ts): eager-loading,
 *   pagination, counts, exists, thumbnails, first-item, data-cache.
 */
export type Plan = { readonly [T in Technique]: Variant };

export function planFor(mode: Mode): Plan {
  const plan = Object.fromEntries(TECHNIQUES.map((t) => [t, mode.techniques.has(t) ? "optimized" : "naive"]));
  return plan as Plan;
}
