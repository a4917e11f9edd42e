import type { CDPSession } from "playwright-core";
import type { HarLog } from "../types/artifacts";
import { harEntry, type Exchange } from "./har";

/** The page a HAR describes: its address and its DOMContentLoaded and load, in ms after its request. */
export type HarPage = { title: string; onContentLoad: number; onLoad: number; browser: string };

/**
 * Records what a HAR needs from CDP's Network domain, beside the NetworkRecorder (which keeps
 * only the benchmark's figures): each request's headers, status, protocol, address and
 * Chrome's split of its time. Data URLs are left out, as DevTools leaves them out.
 */
export class HarRecorder {
  readonly #exchanges = new Map<string, Exchange>();

  attach(session: CDPSession): void {
    session.on("Network.requestWillBeSent", (e) => {
      if (e.request.url.startsWith("data:")) return;
      const x: Exchange = {
        url: e.request.url,
        method: e.request.method,
        requestHeaders: e.request.headers,
        wallTime: e.wallTime,
        sentAt: e.timestamp,
        bodyBytes: 0,
      };
      this.#exchanges.set(e.requestId, x);
    });
    session.on("Network.responseReceived", (e) => {
      const r = e.response;
      this.#patch(e.requestId, {
        status: r.status,
        statusText: r.statusText,
        protocol: r.protocol,
        responseHeaders: r.headers,
        mimeType: r.mimeType,
        remoteIPAddress: r.remoteIPAddress,
        connectionId: r.connectionId,
        headersBytes: r.encodedDataLength,
        timing: r.timing,
      });
    });
    session.on("Network.requestWillBeSentExtraInfo", (e) => this.#patch(e.requestId, { requestHeaders: e.headers }));
    session.on("Network.dataReceived", (e) => {
      const x = this.#exchanges.get(e.requestId);
      if (x) x.bodyBytes += e.dataLength;
    });
    session.on("Network.loadingFinished", (e) => this.#patch(e.requestId, { encodedBytes: e.encodedDataLength, finishedAt: e.timestamp }));
  }

  #patch(id: string, fields: Partial<Exchange>): void {
    const x = this.#exchanges.get(id);
    if (x) Object.assign(x, fields);
  }

  /** The finished requests as a HAR 1.2 log of one page, in the order they were sent. */
  log(page: HarPage): HarLog {
    const finished = [...this.#exchanges.values()].filter((x) => x.finishedAt !== undefined && x.status !== undefined);
    const entries = finished.sort((a, b) => a.sentAt - b.sentAt).map((x) => harEntry(x, "page_1"));
    const started = entries[0]?.startedDateTime ?? new Date().toISOString();
    return {
      version: "1.2",
      creator: { name: "fastblog bench", version: "1" },
      browser: { name: "Chromium", version: page.browser },
      pages: [
        {
          startedDateTime: started,
          id: "page_1",
          title: page.title,
          pageTimings: { onContentLoad: page.onContentLoad, onLoad: page.onLoad },
        },
      ],
      entries,
    };
  }
}
