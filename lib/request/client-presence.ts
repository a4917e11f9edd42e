import { requestContext } from "./context";

/** The longest a page runs before it lets the event loop read its sockets. */
const TURN_MS = 10;
let lastTurn = performance.now();

/**
 * Called before every query (lib/debug/tracking.ts), so that a page whose client has gone
 * stops at its next query. SQLite answers synchronously, so a page's queries resolve as one chain
 * of promises that never gives the event loop a turn by itself: a client that left would be
 * noticed only once its page was complete, and a naive page would hold the loop for its whole
 * render. So a page yields one turn (`setImmediate`, after pending I/O) once TURN_MS have passed
 * since the last.
 *
 * Once the front has said the client is gone, or the page's deadline has passed (the request's
 * signal; the front answers 503 itself then), the query never runs and never answers. Next.js aborts the render itself when the response closes, quietly; an error
 * thrown here instead would be logged by its HTML renderer once for every abandoned page. Nothing
 * holds on to the waiting page, so it is collected with the render.
 */
export async function ensureClientPresent(): Promise<void> {
  const signal = requestContext()?.signal;
  if (!signal) return;
  if (performance.now() - lastTurn >= TURN_MS) {
    await new Promise((resolve) => setImmediate(resolve));
    lastTurn = performance.now();
  }
  // A new promise each time: one kept here would keep every abandoned page alive through its waiters.
  if (signal.aborted) await new Promise<never>(() => undefined);
}
