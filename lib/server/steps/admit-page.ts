import type { ServerResponse } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import type { PageGate } from "../load-shedding";
import { PAGE_RETRY_AFTER_SECONDS, sendError } from "../http/respond";

const REFUSED = {
  busy: "The server is busy with other pages. Try again in a moment.",
  share: "Too many of your pages are waiting already. Try again in a moment.",
  slow: "The server is overloaded. Try again in a moment.",
};

/**
 * Step 3 of the front, for pages only: wait for the client's turn to render, or be answered 503
 * with `Retry-After` (see ../load-shedding.ts). A page whose client left while it waited is not
 * rendered at all. The turn ends when the answer has gone out or the connection closed.
 *
 * A client refused while it has pages in already (its share of the queue is full, or the event
 * loop is slow) is answered only once a page could have waited its turn (PAGE_QUEUE_WAIT_MS),
 * as HAProxy's `tarpit` holds a refused request: asking again at once gains it nothing, and one
 * client's forty connections cost the server a refusal a connection every two seconds, not
 * hundreds a second that the pages of every other client would wait behind.
 */
export async function admitPage(gate: PageGate, client: string, res: ServerResponse, signal: AbortSignal): Promise<boolean> {
  const admission = await gate.admit(client, signal);
  if (admission.ok) {
    res.once("close", admission.release);
    // Closed already (its connection went meanwhile): the turn ends now. Releasing twice is harmless.
    if (res.destroyed) admission.release();
    return !res.destroyed;
  }
  if (admission.reason === "gone") return false;
  if (admission.reason !== "busy") await sleep(gate.limits.queueWaitMs, undefined, { signal }).catch(() => undefined);
  if (!signal.aborted && !res.destroyed)
    sendError(res, 503, REFUSED[admission.reason], { "Retry-After": String(PAGE_RETRY_AFTER_SECONDS) });
  return false;
}
