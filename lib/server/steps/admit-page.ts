import type { ServerResponse } from "node:http";
import type { PageGate } from "../load-shedding";
import { PAGE_RETRY_AFTER_SECONDS, sendError } from "../http/respond";

const REFUSED = {
  busy: "The server is busy with other pages, or with enough of yours already. Try again in a moment.",
  slow: "The server is overloaded. Try again in a moment.",
};

/**
 * Step 3 of the front, for pages only: wait for the client's turn to render, or be answered 503
 * with `Retry-After` at once (see ../load-shedding.ts). A page whose client left while it waited
 * is not rendered at all. The turn ends when the answer has gone out or the connection closed.
 */
export async function admitPage(gate: PageGate, client: string, res: ServerResponse, signal: AbortSignal): Promise<boolean> {
  const admission = await gate.admit(client, signal);
  if (admission.ok) {
    res.once("close", admission.release);
    // Closed already (its connection went meanwhile): the turn ends now. Releasing twice is harmless.
    if (res.destroyed) admission.release();
    return !res.destroyed;
  }
  if (admission.reason !== "gone") sendError(res, 503, REFUSED[admission.reason], { "Retry-After": String(PAGE_RETRY_AFTER_SECONDS) });
  return false;
}
