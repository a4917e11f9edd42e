import type { HarEntry, HarHeader } from "../types/artifacts";

/** CDP's split of a request's time, in ms after `requestTime` (s); -1 where a phase did not happen. */
type ResourceTiming = {
  requestTime: number;
  dnsStart: number;
  dnsEnd: number;
  connectStart: number;
  connectEnd: number;
  sslStart: number;
  sslEnd: number;
  sendStart: number;
  sendEnd: number;
  receiveHeadersEnd: number;
};

/** What CDP said about one request, kept as it came for the HAR. */
export type Exchange = {
  url: string;
  method: string;
  requestHeaders: Record<string, unknown>;
  wallTime: number;
  sentAt: number;
  status?: number;
  statusText?: string;
  protocol?: string;
  responseHeaders?: Record<string, unknown>;
  mimeType?: string;
  remoteIPAddress?: string;
  connectionId?: number;
  headersBytes?: number;
  timing?: ResourceTiming;
  bodyBytes: number;
  encodedBytes?: number;
  finishedAt?: number;
};

const headerList = (headers: Record<string, unknown> = {}): HarHeader[] =>
  Object.entries(headers).map(([name, value]) => ({ name, value: String(value) }));

const httpVersion = (protocol = "") =>
  protocol === "h2" ? "HTTP/2.0" : protocol === "h3" ? "HTTP/3" : protocol.toUpperCase() || "HTTP/1.1";

/** The HAR timings of an exchange: Chrome's own phases, as DevTools exports them. */
export function harTimings(timing: ResourceTiming | undefined, totalMs: number): HarEntry["timings"] {
  if (!timing) return { blocked: 0, dns: -1, connect: -1, send: 0, wait: totalMs, receive: 0, ssl: -1 };
  const phase = (start: number, end: number) => (start >= 0 && end >= start ? end - start : -1);
  const firstActivity = [timing.dnsStart, timing.connectStart, timing.sendStart].find((t) => t >= 0) ?? 0;
  return {
    blocked: Math.max(0, firstActivity),
    dns: phase(timing.dnsStart, timing.dnsEnd),
    connect: phase(timing.connectStart, timing.connectEnd),
    ssl: phase(timing.sslStart, timing.sslEnd),
    send: Math.max(0, timing.sendEnd - timing.sendStart),
    wait: Math.max(0, timing.receiveHeadersEnd - timing.sendEnd),
    receive: Math.max(0, totalMs - timing.receiveHeadersEnd),
  };
}

/** One HAR entry: `time` is the sum of the phases, as HAR 1.2 asks (ssl is inside connect). */
export function harEntry(x: Exchange, pageref: string): HarEntry {
  const start = x.timing ? x.timing.requestTime : x.sentAt;
  const totalMs = x.finishedAt === undefined ? 0 : Math.max(0, (x.finishedAt - start) * 1000);
  const timings = harTimings(x.timing, totalMs);
  const { ssl: _ssl, ...phases } = timings;
  const headersSize = x.headersBytes ?? -1;
  const url = new URL(x.url);
  return {
    pageref,
    startedDateTime: new Date((x.wallTime + (start - x.sentAt)) * 1000).toISOString(),
    time: Object.values(phases).reduce((sum, t) => sum + Math.max(0, t), 0),
    request: {
      method: x.method,
      url: x.url,
      httpVersion: httpVersion(x.protocol),
      cookies: [],
      headers: headerList(x.requestHeaders),
      queryString: [...url.searchParams].map(([name, value]) => ({ name, value })),
      headersSize: -1,
      bodySize: 0,
    },
    response: {
      status: x.status ?? 0,
      statusText: x.statusText ?? "",
      httpVersion: httpVersion(x.protocol),
      cookies: [],
      headers: headerList(x.responseHeaders),
      content: { size: x.bodyBytes, mimeType: x.mimeType ?? "x-unknown" },
      redirectURL: "",
      headersSize,
      bodySize: x.encodedBytes === undefined ? -1 : Math.max(0, x.encodedBytes - Math.max(0, headersSize)),
    },
    cache: {},
    timings,
    ...(x.remoteIPAddress ? { serverIPAddress: x.remoteIPAddress } : {}),
    ...(x.connectionId !== undefined ? { connection: String(x.connectionId) } : {}),
  };
}
