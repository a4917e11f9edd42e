import assert from "node:assert/strict";
import { IncomingMessage, ServerResponse } from "node:http";
import { Socket } from "node:net";
import { describe, it } from "node:test";
import { cacheHeaders, type AssetKind } from "./cache-headers";

function responseWith(headers: Record<string, string>): ServerResponse {
  const res = new ServerResponse(new IncomingMessage(new Socket()));
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  return res;
}

function revalidated(mode: "naive" | "optimized", ifNoneMatch: string | undefined, body = Buffer.from("<p>page</p>")) {
  const req = new IncomingMessage(new Socket());
  if (ifNoneMatch !== undefined) req.headers["if-none-match"] = ifNoneMatch;
  const res = responseWith({});
  return { notModified: cacheHeaders[mode].revalidate(req, res, body), etag: res.getHeader("ETag") };
}

function applied(mode: "naive" | "optimized", kind: AssetKind, status: number, headers: Record<string, string> = {}) {
  const res = responseWith(headers);
  cacheHeaders[mode].apply(res, kind, status);
  return res.getHeaders();
}

describe("cache headers", () => {
  for (const mode of ["naive", "optimized"] as const) {
    it(`should keep ${mode} HTML private and vary it on Cookie, next to Accept-Encoding`, () => {
      const headers = applied(mode, "html", 200, { Vary: "Accept-Encoding" });
      assert.match(String(headers["cache-control"]), /^private\b/);
      assert.equal(headers["vary"], "Accept-Encoding, Cookie");
    });
  }

  it("should let the browser revalidate optimized HTML, and no shared cache keep it", () => {
    assert.equal(applied("optimized", "html", 200)["cache-control"], "private, no-cache");
    assert.equal(applied("optimized", "html", 304, { Vary: "Cookie" })["vary"], "Cookie");
  });

  for (const kind of ["thumbnail", "build-asset", "original"] as const) {
    it(`should never set the mode cookie on a ${kind} cached publicly for a year`, () => {
      const headers = applied("optimized", kind, 200, { "Set-Cookie": "fastblog-mode=optimized; Path=/" });
      assert.equal(headers["cache-control"], "public, max-age=31536000, immutable");
      assert.equal(headers["set-cookie"], undefined);
    });
  }

  it("should keep the cookie on answers no cache keeps", () => {
    const cookie = "fastblog-mode=naive; Path=/";
    assert.equal(applied("naive", "thumbnail", 200, { "Set-Cookie": cookie })["set-cookie"], cookie);
    assert.equal(applied("optimized", "html", 200, { "Set-Cookie": cookie })["set-cookie"], cookie);
    assert.equal(applied("optimized", "thumbnail", 400, { "Set-Cookie": cookie })["cache-control"], "no-store");
  });

  it("should give naive pages no ETag, so that every view downloads the page again", () => {
    assert.deepEqual(revalidated("naive", "*"), { notModified: false, etag: undefined });
  });

  it("should give optimized pages a weak ETag of their bytes, and answer 304 to a browser that has them", () => {
    const { etag, notModified } = revalidated("optimized", undefined);
    assert.match(String(etag), /^W\/"[A-Za-z0-9_-]{27}"$/);
    assert.equal(notModified, false);
    assert.equal(revalidated("optimized", String(etag)).notModified, true);
    // Weak comparison: the same page compressed otherwise, in a list, or any version at all.
    assert.equal(revalidated("optimized", String(etag).slice(2)).notModified, true);
    assert.equal(revalidated("optimized", `"other", ${String(etag)}`).notModified, true);
    assert.equal(revalidated("optimized", "*").notModified, true);
    assert.equal(revalidated("optimized", String(etag), Buffer.from("<p>changed</p>")).notModified, false);
  });
});
