import "server-only";
import { cache } from "react";
import type { PageQuery } from "../contract/urls/blog";
import { resolvePagePlan, type PagePlan } from "./page-plan";
import { requestContext } from "./context";

/** What a page needs to know of its request: its plan, its page number, and the mode switch. */
export type PageRequest = {
  plan: PagePlan;
  /** `?page=` and the cursor of a Previous or Next link, already checked by the front. */
  page: PageQuery;
  mode: { current: string; switchLabel: string; switchHref: string };
  /** Whether the page carries the debug panel: on (DEBUG_PANEL), and for a client DEBUG_PANEL_ALLOW lets in. */
  debug: boolean;
};

/**
 * The request's plan and what else the pages need of the request, read at the route boundary
 * from the context the front set up, once per request (React's `cache`): layout and page share it.
 */
export const pageRequest = cache((): PageRequest => {
  const context = requestContext();
  if (!context)
    throw new Error(
      "Pages are served through fastblog's front (npm start, npm run serve, npm run dev), which sets up each request's plan.",
    );
  return {
    plan: resolvePagePlan(context.plan),
    page: context.page,
    mode: modeSwitch(context.modeLabel, context.path),
    debug: context.debug,
  };
});

/** The switch in the header flips naive and optimized (a technique list flips to naive) on the same page. */
function modeSwitch(current: string, path: string): PageRequest["mode"] {
  const url = new URL(path, "http://localhost");
  url.searchParams.delete("techniques");
  const target = current === "naive" ? "optimized" : "naive";
  url.searchParams.set("mode", target);
  return { current, switchLabel: `Switch to ${target}`, switchHref: `${url.pathname}${url.search}` };
}
