import { expect, test, type APIRequestContext } from "@playwright/test";
import { connect } from "node:net";
import { parseServerTiming } from "../lib/contract/server-timing";
import { MODE_COOKIE } from "../lib/contract/mode";
import { requestDetailUrl } from "../lib/contract/urls/debug";
import { getInMode, MODES, debugId } from "./support";
import { thumbnailUrl } from "../lib/contract/urls/thumbnails";

/** A build asset and a cover's original and thumbnail, as the naive and optimized home pages name them. */
async function staticPaths(request: APIRequestContext) {
  const naive = await (await getInMode(request, "/", "naive")).text();
  const optimized = await (await getInMode(request, "/", "optimized")).text();
  return {
    asset: /"(\/_next\/static\/[^"]+\.js)"/.exec(naive)![1]!,
    original: /"(\/media\/covers\/[^"]+\.jpg)"/.exec(naive)![1]!,
    thumbnail: / src="(\/thumbs\/[^"]+)"/.exec(optimized)![1]!.replaceAll("&amp;", "&"),
  };
}

/**
 * Each condition with the status it gets on every static route, and the Content-Range it comes
 * with ("none" for no such header). A thumbnail has an ETag but no date, so a condition on a
 * date is ignored there (RFC 9110, 13.1.4) and it is answered whole: `onThumbnail`.
 */
const CONDITIONS: { name: string; headers: Record<string, string>; status: number; onThumbnail?: number; contentRange: RegExp }[] = [
  { name: "an If-Match that names no version", headers: { "If-Match": '"x"' }, status: 412, contentRange: /^none$/ },
  { name: "If-Match: *", headers: { "If-Match": "*" }, status: 200, contentRange: /^none$/ },
  {
    name: "an If-Unmodified-Since in the past",
    headers: { "If-Unmodified-Since": "Mon, 01 Jan 2001 00:00:00 GMT" },
    status: 412,
    onThumbnail: 200,
    contentRange: /^none$/,
  },
  { name: "a range past the end", headers: { Range: "bytes=99999999-" }, status: 416, contentRange: /^bytes \*\/\d+$/ },
  { name: "a range that ends before it starts", headers: { Range: "bytes=5-1" }, status: 416, contentRange: /^bytes \*\/\d+$/ },
  { name: "an empty suffix range", headers: { Range: "bytes=-0" }, status: 416, contentRange: /^bytes \*\/\d+$/ },
  { name: "the first four bytes", headers: { Range: "bytes=0-3" }, status: 206, contentRange: /^bytes 0-3\/\d+$/ },
];

test.describe("hostile requests", () => {
  for (const mode of MODES) {
    test(`should answer failed preconditions with 412 and unsatisfiable ranges with 416 on every static route in ${mode} mode`, async ({
      request,
    }) => {
      const { asset, original, thumbnail } = await staticPaths(request);
      for (const path of ["/robots.txt", asset, original, thumbnail]) {
        for (const { name, headers, status, onThumbnail, contentRange } of CONDITIONS) {
          const response = await getInMode(request, path, mode, { ...headers, Accept: "image/webp" });
          expect(response.status(), `${path} with ${name}`).toBe(path === thumbnail ? (onThumbnail ?? status) : status);
          expect(response.headers()["content-range"] ?? "none", `${path} with ${name}`).toMatch(contentRange);
        }
        const firstFour = await getInMode(request, path, mode, { Range: "bytes=0-3", Accept: "image/webp" });
        expect((await firstFour.body()).length, path).toBe(4);
      }
    });

    test(`should never answer 500 on Next.js's internal paths in ${mode} mode`, async ({ request }) => {
      const internal = [
        "/_global-error",
        "/%5Fglobal-error",
        "/_not-found",
        "/_error",
        "/_app",
        "/_document",
        "/_next/image",
        "/_next/data/x/y.json",
      ];
      for (const path of [...internal, "/_next/webpack-hmr", "/__nextjs_original-stack-frame", "/_next/static/nope.js"]) {
        expect((await getInMode(request, path, mode)).status(), path).toBe(404);
      }
    });

    test(`should keep ${mode} HTML private and varying on Cookie`, async ({ request }) => {
      const headers = (await getInMode(request, "/", mode)).headers();
      expect(headers["cache-control"]).toMatch(/^private\b/);
      expect(headers["vary"]).toMatch(/\bCookie\b/);
    });
  }

  test("should never set the mode cookie on a response cached publicly, and set it where no shared cache keeps the answer", async ({
    request,
  }) => {
    const { asset, original, thumbnail } = await staticPaths(request);
    const ONE_YEAR = "public, max-age=31536000, immutable";
    const cases: [path: string, cacheControl: string | undefined, cookie: string | undefined][] = [
      [asset, ONE_YEAR, undefined],
      [original, ONE_YEAR, undefined],
      [thumbnail, ONE_YEAR, undefined],
      ["/robots.txt", undefined, `${MODE_COOKIE}=optimized`],
    ];
    for (const [path, cacheControl, cookie] of cases) {
      const response = await request.get(`${path}${path.includes("?") ? "&" : "?"}mode=optimized`, { headers: { Accept: "image/webp" } });
      expect(response.headers()["cache-control"], path).toBe(cacheControl);
      expect(response.headers()["set-cookie"]?.split(";")[0], path).toBe(cookie);
    }
    expect((await request.get("/?mode=naive")).headers()["set-cookie"]).toContain(`${MODE_COOKIE}=naive`);
  });

  test("should make one thumbnail for every width at or above the original's, and for every quality of a PNG", async ({ request }) => {
    const naive = await (await getInMode(request, "/", "naive")).text();
    const photo = /"\/media\/(covers\/[^"]+\.jpg)"/.exec(naive)![1]!;
    const png = /"\/media\/(covers\/[^"]+\.png)"/.exec(naive)![1]!;
    const get = (path: string) => request.get(path, { headers: { Accept: "image/jpeg,image/png" } });
    // Covers are 960 pixels wide: 1280 is the 960 thumbnail, made once by whichever comes first.
    const [wide, widest] = await Promise.all([
      get(thumbnailUrl({ original: photo, width: 960, quality: 90 })),
      get(thumbnailUrl({ original: photo, width: 1280, quality: 90 })),
    ]);
    expect((await wide.body()).equals(await widest.body())).toBe(true);
    expect([wide, widest].filter((r) => r.headers()["x-cache"] === "MISS").length).toBeLessThanOrEqual(1);
    // Made already: from the cache, or shared while it is being written there.
    expect((await get(thumbnailUrl({ original: photo, width: 1280, quality: 90 }))).headers()["x-cache"]).not.toBe("MISS");
    // A PNG thumbnail is lossless: every quality is the same file.
    const first = await (await get(thumbnailUrl({ original: png, width: 120, quality: 50 }))).body();
    for (const quality of [60, 75, 90]) {
      const other = await get(thumbnailUrl({ original: png, width: 120, quality }));
      expect(other.headers()["x-cache"]).not.toBe("MISS");
      expect((await other.body()).equals(first)).toBe(true);
    }
  });

  test("should answer 404 to the client router's suffixes, whatever the slug", async ({ request }) => {
    for (const path of [
      "/articles/nope.rsc",
      "/articles/nope.prefetch.rsc",
      "/authors/nope.rsc",
      "/categories/nope.rsc",
      "/articles/nope.segments/x.rsc",
    ]) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
  });

  test("should answer 400 to a request with two Host headers", async ({ baseURL }) => {
    const { port } = new URL(baseURL!);
    const answer = await new Promise<string>((resolve, reject) => {
      let text = "";
      const socket = connect({ host: "127.0.0.1", port: Number(port) }, () =>
        socket.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"),
      );
      socket.on("data", (chunk: Buffer) => (text += chunk.toString("latin1")));
      socket.on("close", () => resolve(text));
      socket.on("error", reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
  });

  test("should keep a real page in the debug history however many misses follow it", async ({ request }) => {
    const page = await getInMode(request, "/", "optimized");
    const id = debugId(parseServerTiming(page.headers()["server-timing"]));
    // More misses than the history holds pages: not-found pages, and paths beside the endpoint.
    for (let batch = 0; batch < 80; batch += 1) {
      await Promise.all(
        [`/no-such-page-${batch}`, `/no-such-page-${batch}/x`, "/__debug/requests", requestDetailUrl("nope")].map((path) =>
          request.get(path),
        ),
      );
    }
    expect((await request.get(requestDetailUrl(id))).status()).toBe(200);
  });
});
