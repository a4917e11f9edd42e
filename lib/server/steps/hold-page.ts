import type { OutgoingHttpHeaders, ServerResponse } from "node:http";

/**
 * Holds an HTML page until Next.js has written all of it, then hands the whole page to
 * `finish`, as the original Django site sent its pages: only a complete page can carry an ETag
 * and headers that say what it cost, and be rewritten by static-html. Anything else passes
 * straight through.
 *
 * This is the one place that replaces `writeHead`, `write` and `end`: a header hook such as
 * `on-headers` can change headers but cannot hold a body. It restores them before `finish`
 * runs, so that `finish` writes through the layers installed before it (compression).
 */
export function holdPage(res: ServerResponse, finish: (status: number, body: Buffer) => void): HeldPage {
  const original = { writeHead: res.writeHead, write: res.write, end: res.end };
  const restore = () => Object.assign(res, original);
  let held: { status: number; chunks: Buffer[] } | null = null;
  let done = false;
  const hold = (chunk: unknown) => {
    if (chunk !== undefined && chunk !== null && typeof chunk !== "function")
      held!.chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  };

  res.writeHead = ((status: number, ...args: unknown[]) => {
    const headers = args.find((a) => typeof a === "object" && a !== null) as OutgoingHttpHeaders | undefined;
    for (const [name, value] of Object.entries(headers ?? {})) if (value !== undefined) res.setHeader(name, value);
    if (String(res.getHeader("Content-Type") ?? "").startsWith("text/html")) {
      held = { status, chunks: [] };
      return res;
    }
    restore();
    return res.writeHead(status);
  }) as typeof res.writeHead;

  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (!held && !res.headersSent) res.writeHead(res.statusCode);
    if (!held) return (res.write as (c: unknown, ...r: unknown[]) => boolean)(chunk, ...rest);
    hold(chunk);
    return true;
  }) as typeof res.write;

  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (!held && !res.headersSent) res.writeHead(res.statusCode);
    if (!held) return (res.end as (c?: unknown, ...r: unknown[]) => ServerResponse)(chunk, ...rest);
    hold(chunk);
    restore();
    done = true;
    finish(held.status, Buffer.concat(held.chunks));
    return res;
  }) as typeof res.end;

  return {
    get held() {
      return held !== null;
    },
    abandon(answer) {
      if (done) return false;
      done = true;
      // An answer that is not a page and has begun to go out cannot be taken back: cut it short.
      if (!held && res.headersSent) {
        res.destroy();
        return false;
      }
      restore();
      answer();
      // Whatever the page would still write is dropped: its answer has been given.
      res.writeHead = (() => res) as typeof res.writeHead;
      res.write = (() => true) as typeof res.write;
      res.end = (() => res) as typeof res.end;
      return true;
    },
  };
}

/** A page being held. */
export type HeldPage = {
  /** Whether Next.js's answer is an HTML page, held until it is complete. */
  readonly held: boolean;
  /**
   * Sends `answer` (written as the layers before this one left the response) instead of the page,
   * unless the page has been finished already; the page's own writes are dropped after it. True
   * when `answer` went out.
   */
  abandon(answer: () => void): boolean;
};
