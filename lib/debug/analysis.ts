import { projectStack, type CallStack } from "./call-sites";
import type { Finding } from "../contract/debug-detail";
import { findFindings, type Thresholds } from "./findings";
import type { PrismaCall } from "./query-record";
import type { QueryRecord } from "./query-record";
import { techniqueFix } from "./technique-lines";

/** Where each of a request's queries came from, and what they did wrong. */
export type Analysis = { findings: Finding[]; sites: { callSite: string | null; stack: CallStack }[] };

const NO_SITE = { callSite: null, stack: [] };

/**
 * Gives each query its call site and stack (once for each Prisma call: its statements share
 * them), then finds what the queries did wrong. Run once a page is complete, when what the code
 * read of each result is known.
 */
export function analyzeQueries(queries: QueryRecord[], thresholds: Thresholds): Analysis {
  const stacks = new Map<PrismaCall, CallStack>();
  const sites = queries.map(({ call }) => {
    if (!call) return NO_SITE;
    let stack = stacks.get(call);
    if (!stack) stacks.set(call, (stack = projectStack(call.frames)));
    return { callSite: stack[0] ?? null, stack };
  });
  const statements = queries.map((query, i) => ({ ...query, callSite: sites[i]!.callSite }));
  return { findings: findFindings(statements, thresholds, techniqueFix), sites };
}
