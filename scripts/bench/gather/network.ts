import type { CDPSession } from "playwright-core";
import type { DocumentRecord, NetworkLog, RequestRecord, ResourceType } from "../types/artifacts";

type Stack = { callFrames: { url: string }[]; parent?: Stack };
type Initiator = { type: string; url?: string; stack?: Stack };
type Pending = DocumentRecord & { done: boolean };

/** The network counts as quiet after this long with no request in flight. */
const QUIET_MS = 500;
/** How long to wait for quiet at most after the load event. */
const QUIET_CAP_MS = 10_000;

export function typeOf(resourceType: string, mime: string): ResourceType {
  if (resourceType === "Document") return "html";
  if (resourceType === "Script" || mime.includes("javascript")) return "js";
  if (resourceType === "Stylesheet" || mime.includes("css")) return "css";
  if (resourceType === "Image" || mime.startsWith("image/")) return "image";
  return "other";
}

/** The address of what made a request: the page or stylesheet that names it, or the script that asked for it. */
export function initiatorUrl(initiator: Initiator): string | null {
  if (initiator.url) return initiator.url;
  for (let stack = initiator.stack; stack; stack = stack.parent) {
    const frame = stack.callFrames.find((f) => f.url);
    if (frame) return frame.url;
  }
  return null;
}

/**
 * Records every request of the page from CDP's Network domain: what crossed the wire, when,
 * and what asked for it. A request whose initiator cannot be traced (an image a promise
 * callback created, say) counts as named by the document: depth 2, the least it can be.
 */
export class NetworkRecorder {
  readonly #requests = new Map<string, Pending>();
  readonly #depthByUrl = new Map<string, number>();
  readonly #inFlight = new Set<string>();
  readonly #failures: string[] = [];
  #document: Pending | null = null;
  #loadEventAt: number | null = null;
  #lastActivity = Date.now();

  async attach(session: CDPSession): Promise<void> {
    session.on("Network.requestWillBeSent", (e) => this.#sent(e.requestId, e.request.url, e.type ?? "", e.initiator, e.timestamp));
    session.on("Network.responseReceived", (e) => this.#response(e.requestId, e.type, e.response));
    session.on("Network.requestServedFromCache", (e) => this.#patch(e.requestId, { fromCache: true }));
    session.on("Network.dataReceived", (e) =>
      this.#patch(e.requestId, { bodyBytes: (this.#requests.get(e.requestId)?.bodyBytes ?? 0) + e.dataLength }),
    );
    session.on("Network.loadingFinished", (e) => this.#finished(e.requestId, e.encodedDataLength, e.timestamp));
    session.on("Network.loadingFailed", (e) => this.#failed(e.requestId, e.errorText));
    session.on("Page.loadEventFired", (e) => (this.#loadEventAt = e.timestamp * 1000));
    await session.send("Network.enable");
    await session.send("Page.enable");
  }

  #sent(id: string, url: string, type: string, initiator: Initiator, timestamp: number): void {
    this.#inFlight.add(id);
    this.#lastActivity = Date.now();
    const isDocument = type === "Document" && this.#document === null;
    const named = initiatorUrl(initiator);
    const depth = isDocument ? 1 : (named && this.#depthByUrl.has(named) ? this.#depthByUrl.get(named)! : 1) + 1;
    if (!this.#depthByUrl.has(url)) this.#depthByUrl.set(url, depth);
    const at = timestamp * 1000;
    const record: Pending = {
      url,
      type: typeOf(type, ""),
      status: 0,
      transferBytes: 0,
      bodyBytes: 0,
      encoding: null,
      cacheControl: null,
      fromCache: false,
      startMs: at,
      endMs: at,
      depth,
      waitMs: null,
      done: false,
      serverTiming: null,
    };
    this.#requests.set(id, record);
    if (isDocument) this.#document = record;
  }

  #response(
    id: string,
    type: string,
    response: {
      status: number;
      mimeType: string;
      headers: Record<string, unknown>;
      fromDiskCache?: boolean;
      timing?: { sendEnd: number; receiveHeadersEnd: number };
    },
  ): void {
    const headers = Object.fromEntries(Object.entries(response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
    const r = this.#requests.get(id);
    this.#patch(id, {
      status: response.status,
      type: typeOf(type, response.mimeType),
      encoding: headers["content-encoding"] ?? null,
      cacheControl: headers["cache-control"] ?? null,
      serverTiming: headers["server-timing"] ?? null,
      fromCache: Boolean(r?.fromCache || response.fromDiskCache),
      // Chrome's own split of the request (DevTools' "Waiting for server response").
      waitMs: response.timing ? response.timing.receiveHeadersEnd - response.timing.sendEnd : null,
    });
  }

  #finished(id: string, encodedDataLength: number, timestamp: number): void {
    this.#patch(id, { transferBytes: encodedDataLength, endMs: timestamp * 1000, done: true });
    this.#settle(id);
  }

  #failed(id: string, errorText: string): void {
    const r = this.#requests.get(id);
    if (r && !r.url.startsWith("data:")) this.#failures.push(`${r.url} failed: ${errorText}`);
    this.#settle(id);
  }

  #patch(id: string, fields: Partial<Pending>): void {
    const r = this.#requests.get(id);
    if (r) Object.assign(r, fields);
  }

  #settle(id: string): void {
    this.#inFlight.delete(id);
    this.#lastActivity = Date.now();
  }

  /** Resolves once no request has been in flight for QUIET_MS, so that images fetched just after the load event count too. */
  async quiet(): Promise<void> {
    const deadline = Date.now() + QUIET_CAP_MS;
    while (Date.now() < deadline && (this.#inFlight.size > 0 || Date.now() - this.#lastActivity < QUIET_MS)) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** The finished requests, with times made relative to the document's request. */
  log(): NetworkLog {
    const origin = this.#document?.startMs ?? Math.min(...[...this.#requests.values()].map((r) => r.startMs));
    const relative = ({ done: _done, serverTiming: _st, ...r }: Pending): RequestRecord => ({
      ...r,
      startMs: r.startMs - origin,
      endMs: r.endMs - origin,
    });
    const finished = [...this.#requests.values()].filter((r) => r.done && !r.url.startsWith("data:"));
    const document = this.#document ? { ...relative(this.#document), serverTiming: this.#document.serverTiming } : null;
    return {
      requests: finished.map(relative),
      document,
      failures: [...this.#failures],
      loadEventMs: this.#loadEventAt === null ? null : this.#loadEventAt - origin,
    };
  }
}
