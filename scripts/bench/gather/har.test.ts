import assert from "node:assert/strict";
import { describe, it } from "node:test";
import validator from "@har-sdk/validator";
import { harEntry, harTimings, type Exchange } from "./har";

const timing = {
  requestTime: 100,
  dnsStart: -1,
  dnsEnd: -1,
  connectStart: 1,
  connectEnd: 3,
  sslStart: -1,
  sslEnd: -1,
  sendStart: 3.5,
  sendEnd: 4,
  receiveHeadersEnd: 34,
};

const exchange: Exchange = {
  url: "http://127.0.0.1:3000/?mode=optimized",
  method: "GET",
  requestHeaders: { Accept: "text/html" },
  wallTime: 1_700_000_000,
  sentAt: 99.999,
  status: 200,
  statusText: "OK",
  protocol: "http/1.1",
  responseHeaders: { "Content-Type": "text/html", "Content-Encoding": "br" },
  mimeType: "text/html",
  remoteIPAddress: "127.0.0.1",
  connectionId: 7,
  headersBytes: 300,
  timing,
  bodyBytes: 24_835,
  encodedBytes: 6_000,
  finishedAt: 100.05,
};

describe("HAR export", () => {
  it("should split a request's time into Chrome's phases, as DevTools exports them", () => {
    assert.deepEqual(harTimings(timing, 50), { blocked: 1, dns: -1, connect: 2, ssl: -1, send: 0.5, wait: 30, receive: 16 });
  });

  it("should give an entry whose time is the sum of its phases and whose sizes come from the wire", () => {
    const entry = harEntry(exchange, "page_1");
    assert.equal(Math.round(entry.time * 1000) / 1000, 49.5);
    assert.deepEqual([entry.response.headersSize, entry.response.bodySize, entry.response.content.size], [300, 5_700, 24_835]);
    assert.deepEqual(entry.request.queryString, [{ name: "mode", value: "optimized" }]);
    assert.equal(entry.startedDateTime, new Date(1_700_000_000_001).toISOString());
  });

  it("should write a log that a HAR 1.2 validator accepts, and that validator should refuse a broken one", async () => {
    const log = {
      version: "1.2",
      creator: { name: "fastblog bench", version: "1" },
      pages: [{ startedDateTime: new Date(0).toISOString(), id: "page_1", title: "/", pageTimings: { onContentLoad: 10, onLoad: 20 } }],
      entries: [harEntry(exchange, "page_1")],
    };
    const har = new validator.HarValidator();
    assert.deepEqual(await har.verify({ log }), []);
    const broken = JSON.parse(JSON.stringify({ log })) as { log: { entries: { time: unknown }[] } };
    broken.log.entries[0]!.time = "slow";
    assert.notDeepEqual(await har.verify(broken as unknown as Parameters<typeof har.verify>[0]), []);
  });
});
