import type { ServerResponse } from "node:http";
import { PAGE_RETRY_AFTER_SECONDS, sendError } from "../http/respond";
import type { HeldPage } from "./hold-page";

/**
 * A page's deadline, like gunicorn's worker `timeout` (PAGE_DEADLINE_MS, 30 s): a page not
 * answered that long after its request arrived is answered 503 with `Retry-After` at once, even
 * while it waits on a slow query, and stops at its next query, as a page whose client has gone
 * does (lib/request/client-presence.ts). Its turn to render then ends with its answer. Gives the
 * page's signal: aborted when its client goes (`client`) or its deadline passes.
 */
export function pageDeadline(
  res: ServerResponse,
  client: AbortSignal,
  { startedAt, deadlineMs, path }: { startedAt: number; deadlineMs: number; path: string },
  page: () => HeldPage | null,
): AbortSignal {
  const stop = new AbortController();
  const onGone = () => stop.abort();
  client.addEventListener("abort", onGone, { once: true });
  const timer = setTimeout(
    () => {
      stop.abort();
      const answered = page()?.abandon(() =>
        sendError(res, 503, `This page took longer than ${deadlineMs / 1000} s, so it was stopped. Try again in a moment.`, {
          "Retry-After": String(PAGE_RETRY_AFTER_SECONDS),
        }),
      );
      if (answered) console.error(`Page stopped at its deadline (${deadlineMs} ms): ${path.slice(0, 200)}`);
    },
    Math.max(0, startedAt + deadlineMs - performance.now()),
  );
  // The timer and the listener hold the response: both go as soon as it is done.
  res.once("close", () => {
    clearTimeout(timer);
    client.removeEventListener("abort", onGone);
  });
  return stop.signal;
}
