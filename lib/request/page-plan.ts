import "server-only";
import type { Plan } from "../model/plan";
import { recordDataCacheLookup } from "./context";
import { counts, type Counts } from "../techniques/counts";
import { dataCache, type DataCache } from "../techniques/data-cache";
import { eagerLoading, type EagerLoading } from "../techniques/eager-loading";
import { exists, type Exists } from "../techniques/exists";
import { firstItem, type FirstItem } from "../techniques/first-item";
import { pagination, type Pagination } from "../techniques/pagination";
import { thumbnails, type Thumbnails } from "../techniques/thumbnails";

/** The variants a page runs, one for each technique that acts on data and markup. */
export type PagePlan = {
  readonly "eager-loading": EagerLoading;
  readonly pagination: Pagination;
  readonly counts: Counts;
  readonly exists: Exists;
  readonly thumbnails: Thumbnails;
  readonly "first-item": FirstItem;
  readonly "data-cache": DataCache;
};

/**
 * The one place on the pages' side where a plan becomes code. Data functions and components
 * take these entries; none of them sees the mode.
 */
export function resolvePagePlan(plan: Plan): PagePlan {
  return {
    "eager-loading": eagerLoading[plan["eager-loading"]],
    pagination: pagination[plan.pagination],
    counts: counts[plan.counts],
    exists: exists[plan.exists],
    thumbnails: thumbnails[plan.thumbnails],
    "first-item": firstItem[plan["first-item"]],
    "data-cache": dataCache[plan["data-cache"]](plan, recordDataCacheLookup),
  };
}
