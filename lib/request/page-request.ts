import "server-only";
import { cache } from "react";
import type { PageQuery } from "../contract/urls/blog";
import { resolvePagePlan, type PagePlan } from "./page-plan";
import { requestContext } from "./context";

/** The header's switch: the current mode, and a link to each named mode it is not, the flip between naive and optimized first. */
export type ModeSwitch = { current: string; links: { target: string; label: string; href: string }[] };

/** What a page needs to know of its request: its plan, its page number, and the mode switch. */
export type PageRequest = {
  plan: PagePlan;
  /** `?page=` and the cursor of a Previous or Next link, already checked by the front. */
  page: PageQuery;
  mode: ModeSwitch;
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

/**
 * The switch in the header leads to the other named modes on the same page: first the flip
 * between naive and optimized (a technique list flips to naive, cached back to optimized), then
 * the remaining one.
 */
function modeSwitch(current: string, path: string): ModeSwitch {
  const url = new URL(path, "http://localhost");
  url.searchParams.delete("techniques");
  const flip = current === "naive" ? "optimized" : current === "cached" ? "optimized" : "naive";
  const targets = [flip, ...["naive", "optimized", "cached"].filter((m) => m !== flip && m !== current)];
  const links = targets.map((target) => {
    url.searchParams.set("mode", target);
    return { target, label: `Switch to ${target}`, href: `${url.pathname}${url.search}` };
  });
  return { current, links };
}
