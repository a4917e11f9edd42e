import assert from "node:assert/strict";
import { createServer, IncomingMessage, request, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { Socket } from "node:net";
import { after, before, describe, it } from "node:test";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import type { Variant } from "../model/plan";
import { compression, preferredEncoding } from "./compression";

/** A page of text a few kilobytes long, compressible as HTML is. */
const TEXT = Buffer.from("<p>fastblog</p>\n".repeat(400));
const SMALL = Buffer.from("<p>short</p>");

/** A request with only the given Accept-Encoding header, or none. */
function requestAccepting(acceptEncoding?: string): IncomingMessage {
  const req = new IncomingMessage(new Socket());
  if (acceptEncoding !== undefined) req.headers["accept-encoding"] = acceptEncoding;
  return req;
}

/** A server that sends `?body=` (text, small or jpeg) through the middleware of the variant its path names. */
const server = createServer((req, res) => {
  const variant: Variant = req.url!.startsWith("/optimized") ? "optimized" : "naive";
  compression[variant].middleware(req, res, () => undefined);
  const kind = new URL(req.url!, "http://x").searchParams.get("body");
  res.setHeader("Content-Type", kind === "jpeg" ? "image/jpeg" : "text/html; charset=utf-8");
  res.end(kind === "small" ? SMALL : TEXT);
});

function get(path: string, acceptEncoding: string): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = request({ port, path, headers: { "Accept-Encoding": acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("compression", () => {
  before(() => new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve)));
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("should send naive text as it is, whatever the browser accepts", async () => {
    const { headers, body } = await get("/naive?body=text", "gzip, deflate, br, zstd");
    assert.equal(headers["content-encoding"], undefined);
    assert.equal(body.length, TEXT.length);
    assert.equal(compression.naive.precompress, null);
  });

  it("should send optimized text in brotli or gzip as the browser asks, varying on Accept-Encoding, in fewer bytes", async () => {
    const br = await get("/optimized?body=text", "gzip, deflate, br, zstd");
    assert.equal(br.headers["content-encoding"], "br");
    assert.match(String(br.headers["vary"]), /Accept-Encoding/);
    assert.ok(brotliDecompressSync(br.body).equals(TEXT));
    assert.ok(br.body.length < TEXT.length / 10, `${br.body.length} bytes`);
    const gzip = await get("/optimized?body=text", "gzip");
    assert.equal(gzip.headers["content-encoding"], "gzip");
    assert.ok(gunzipSync(gzip.body).equals(TEXT));
  });

  it("should leave optimized responses under 1 KB and images alone", async () => {
    for (const body of ["small", "jpeg"]) {
      assert.equal((await get(`/optimized?body=${body}`, "br")).headers["content-encoding"], undefined, body);
    }
  });

  it("should precompress a build asset once in every encoding, each decoding to the same bytes", async () => {
    const encoded = await compression.optimized.precompress(TEXT);
    assert.equal(encoded.identity, TEXT);
    assert.ok(brotliDecompressSync(encoded.br).equals(TEXT));
    assert.ok(gunzipSync(encoded.gzip).equals(TEXT));
    assert.ok(encoded.br.length <= encoded.gzip.length);
  });

  describe("preferredEncoding", () => {
    for (const [accept, expected] of [
      ["gzip, deflate, br, zstd", "br"],
      ["br;q=0.5, gzip", "gzip"],
      ["gzip", "gzip"],
      ["deflate", "identity"],
      ["identity", "identity"],
      ["", "identity"],
      [undefined, "identity"],
      ["*", "br"],
    ] as const) {
      it(`should pick ${expected} for Accept-Encoding: ${accept === undefined ? "(none)" : JSON.stringify(accept)}`, () => {
        assert.equal(preferredEncoding(requestAccepting(accept)), expected);
      });
    }
  });
});
