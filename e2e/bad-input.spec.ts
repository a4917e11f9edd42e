import { expect, test } from "@playwright/test";
import { mkdirSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import path from "node:path";
import { bombPng } from "./bomb";
import { parseServerTiming } from "../lib/contract/server-timing";

type Case = {
  name: string;
  path: string;
  method?: string;
  headers?: Record<string, string>;
  /** The answer it gets; never a 5xx. */
  status: number;
};

const ARTICLE = "/articles/a-practical-guide-to-brotli";
const LONG = "a".repeat(3000);
const COVERS = path.resolve(".e2e/media/originals/covers");

/** Hostile and odd requests across every route and parameter, and the answers they deserve. */
const CASES: Case[] = [
  // Page numbers.
  { name: "page zero", path: "/?page=0", status: 400 },
  { name: "negative page", path: "/?page=-3", status: 400 },
  { name: "fractional page", path: "/?page=2.5", status: 400 },
  { name: "exponent page", path: "/?page=1e3", status: 400 },
  { name: "huge page", path: "/?page=99999999999999999999999", status: 404 },
  { name: "page past the end", path: "/?page=9999", status: 404 },
  { name: "repeated page", path: "/?page=1&page=2", status: 400 },
  { name: "array page", path: "/?page[]=1", status: 200 },
  { name: "page with a NUL byte", path: "/?page=1%00", status: 400 },
  { name: "malformed percent-encoding in page", path: "/?page=%E0%A4%A", status: 400 },
  { name: "page on a category", path: "/categories/databases?page=abc", status: 400 },
  { name: "page on an author", path: "/authors/ada-lovelace?page=-1", status: 400 },
  // Slugs.
  { name: "slug traversal", path: "/articles/..%2F..%2Fpackage.json", status: 404 },
  { name: "dot-dot slug", path: "/articles/../../etc/passwd", status: 404 },
  { name: "very long slug", path: `/articles/${LONG}`, status: 404 },
  { name: "emoji slug", path: "/authors/%F0%9F%98%80", status: 404 },
  { name: "SQL-looking slug", path: "/articles/x'%20OR%201=1--", status: 404 },
  { name: "HTML-looking slug", path: "/categories/%3Cscript%3Ealert(1)%3C%2Fscript%3E", status: 404 },
  { name: "malformed percent-encoding in path", path: "/articles/%E0%A4%A", status: 400 },
  { name: "NUL byte in slug", path: "/authors/ada%00lovelace", status: 404 },
  // Mode and technique selectors.
  { name: "unknown mode", path: "/?mode=turbo", status: 400 },
  { name: "mode as an array", path: "/?mode=naive&mode=optimized", status: 400 },
  { name: "mode and techniques together", path: "/?mode=naive&techniques=pagination", status: 400 },
  { name: "unknown technique", path: "/?techniques=pagination,%3Cb%3Ebold%3C%2Fb%3E", status: 400 },
  { name: "empty technique list", path: "/?techniques=", status: 200 },
  { name: "garbage cookie", path: "/", headers: { Cookie: "fastblog-mode=%%%" }, status: 400 },
  { name: "long cookie value", path: "/", headers: { Cookie: `fastblog-mode=${LONG}` }, status: 400 },
  { name: "oversized cookie header", path: "/", headers: { Cookie: `x=${"b".repeat(20_000)}` }, status: 431 },
  // Images.
  { name: "width off the list", path: "/thumbs/portraits/x.0123456789.jpg?w=61&q=75", status: 400 },
  { name: "non-numeric quality", path: "/thumbs/portraits/x.0123456789.jpg?w=60&q=high", status: 400 },
  { name: "thumbnail traversal", path: "/thumbs/..%2F..%2F..%2Fetc%2Fpasswd?w=60&q=75", status: 404 },
  { name: "absolute path thumbnail", path: "/thumbs/%2Fetc%2Fpasswd?w=60&q=75", status: 404 },
  { name: "remote URL thumbnail", path: "/thumbs/https%3A%2F%2Fexample.com%2Fa.jpg?w=60&q=75", status: 404 },
  { name: "cloud metadata thumbnail", path: "/thumbs/http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data%2F?w=60&q=75", status: 404 },
  { name: "unknown original", path: "/media/covers/nothing.0123456789.jpg", status: 404 },
  { name: "original traversal", path: "/media/..%2F..%2Fdata%2Ffastblog.db", status: 404 },
  // Methods.
  { name: "POST", path: "/", method: "POST", status: 405 },
  { name: "PUT", path: ARTICLE, method: "PUT", status: 405 },
  { name: "DELETE", path: "/categories", method: "DELETE", status: 405 },
  { name: "OPTIONS", path: "/", method: "OPTIONS", status: 405 },
  { name: "TRACE", path: "/", method: "TRACE", status: 405 },
  { name: "HEAD", path: ARTICLE, method: "HEAD", status: 200 },
  // Headers.
  { name: "every encoding refused", path: "/?mode=optimized", headers: { "Accept-Encoding": "*;q=0" }, status: 200 },
  { name: "garbage Accept-Encoding", path: "/?mode=optimized", headers: { "Accept-Encoding": "zz;;q=,,," }, status: 200 },
  { name: "Range on a page", path: "/", headers: { Range: "bytes=0-10" }, status: 200 },
  { name: "unsatisfiable Range on a page", path: "/", headers: { Range: "bytes=999999999-" }, status: 200 },
  { name: "foreign Host", path: "/", headers: { Host: "evil.example" }, status: 200 },
  {
    name: "middleware bypass header",
    path: "/",
    headers: { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" },
    status: 200,
  },
  { name: "forged internal mode header", path: "/", headers: { "x-fastblog-mode": "naive" }, status: 200 },
  { name: "debug endpoint with a bad id", path: "/__debug/requests/..%2F..%2Fetc", status: 404 },
  // Request targets other than a path.
  { name: "asterisk request target", path: "*", status: 400 },
  { name: "absolute-form target with a foreign host", path: "http://evil.example/articles/nope", status: 404 },
  { name: "protocol-relative target", path: "//evil.example/", status: 400 },
  // Next.js's client-router headers, forged.
  { name: "garbage router state tree", path: ARTICLE, headers: { RSC: "1", "Next-Router-State-Tree": "garbage" }, status: 200 },
  {
    name: "router state tree that is not a tree",
    path: `${ARTICLE}?_rsc=x`,
    headers: { RSC: "1", "Next-Router-State-Tree": "%7B%7D" },
    status: 200,
  },
  { name: "server action header", path: "/", headers: { "Next-Action": "0".repeat(40) }, status: 200 },
  // More images.
  { name: "quality off the list", path: "/thumbs/portraits/x.0123456789.jpg?w=60&q=74", status: 400 },
  { name: "width with a leading zero", path: "/thumbs/portraits/x.0123456789.jpg?w=060&q=75", status: 400 },
  { name: "corrupt original", path: "/thumbs/covers/corrupt.0000000000.jpg?w=60&q=75", status: 400 },
  { name: "decompression bomb", path: "/thumbs/covers/bomb.0000000000.png?w=60&q=75", status: 400 },
  { name: "Range on an original", path: "/media/covers/corrupt.0000000000.jpg", headers: { Range: "bytes=0-3" }, status: 206 },
  { name: "remote URL as an original", path: "/media/http%3A%2F%2F169.254.169.254%2Flatest", status: 404 },
];

/** The bits of a request that look like markup with text after it: none may come back as they were sent. */
function markupIn(c: Case): string[] {
  const text = [c.path, ...Object.values(c.headers ?? {})].map((part) => {
    try {
      return decodeURIComponent(part);
    } catch {
      return part;
    }
  });
  return text.flatMap((part) => part.match(/<[a-z!/][^<>]{0,30}>[^<]+/gi) ?? []);
}

/** Sends one raw request: Playwright's client would refuse some of these. */
function send(base: URL, c: Case): Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: base.hostname, port: base.port, path: c.path, method: c.method ?? "GET", headers: c.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("latin1"), headers: res.headers }));
      },
    );
    req.on("error", reject);
    req.setTimeout(20_000, () => req.destroy(new Error(`timed out: ${c.name}`)));
    req.end();
  });
}

test.describe("bad input never becomes a 500", () => {
  test.beforeAll(() => {
    mkdirSync(COVERS, { recursive: true });
    writeFileSync(
      path.join(COVERS, "corrupt.0000000000.jpg"),
      Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(500, 7)]),
    );
    writeFileSync(path.join(COVERS, "bomb.0000000000.png"), bombPng(50_000, 50_000));
  });

  test(`should have at least 40 cases (${CASES.length})`, () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  test("should look for markup sent back unescaped in the cases that send some", () => {
    expect(CASES.filter((c) => markupIn(c).length > 0).map((c) => c.name)).toEqual(["HTML-looking slug", "unknown technique"]);
  });

  for (const c of CASES) {
    test(`should answer ${c.status} to ${c.name}`, async ({ baseURL }) => {
      const response = await send(new URL(baseURL!), c);
      expect(response.status).toBe(c.status);
      // Nothing the request sent comes back unescaped.
      expect(markupIn(c).filter((markup) => response.body.includes(markup))).toEqual([]);
      expect(response.headers["location"] ?? "").not.toContain("evil.example");
    });
  }

  for (const c of CASES.filter((c) => c.status >= 400)) {
    test(`should answer ${c.name} with an error no cache keeps${c.status === 431 ? "" : " and a message"}`, async ({ baseURL }) => {
      const response = await send(new URL(baseURL!), c);
      expect(response.status).toBe(c.status);
      // An error is never kept by a browser or a proxy: it may be gone a moment later.
      expect(String(response.headers["cache-control"] ?? "no-store")).not.toMatch(/max-age=[1-9]|immutable/);
      // Node's parser answers headers too large (431) itself, before fastblog sees the request: with no body.
      expect(response.body.length > 0, "has a message").toBe(c.status !== 431);
    });
  }

  test("should still serve both modes correctly afterwards", async ({ request }) => {
    for (const mode of ["naive", "optimized"]) {
      const response = await request.get(`/?mode=${mode}`);
      expect(response.status()).toBe(200);
      expect(await response.text()).toContain("Latest articles");
    }
  });

  test("should ignore a forged internal mode header", async ({ request }) => {
    const response = await request.get("/", { headers: { "x-fastblog-mode": "naive", Cookie: "fastblog-mode=optimized" } });
    expect(parseServerTiming(response.headers()["server-timing"])?.mode).toBe("optimized");
  });
});
