import { expect, test } from "@playwright/test";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { bombPng } from "./bomb";
import { thumbnailUrl } from "../lib/contract/urls/thumbnails";

const MEDIA = path.resolve(".e2e/media/originals/covers");
const PORTRAIT = "portraits/ada-lovelace";

/** The real file name of a seeded original, found through the naive page that links to it. */
async function originalOf(request: import("@playwright/test").APIRequestContext, prefix: string): Promise<string> {
  const html = await (await request.get("/authors/ada-lovelace?mode=naive")).text();
  return new RegExp(`/media/(${prefix}\\.[a-f0-9]{10}\\.jpg)`).exec(html)![1]!;
}

test.describe("thumbnails and originals", () => {
  test("should keep JPEG photos as JPEG and serve WebP to browsers that take it", async ({ request }) => {
    const portrait = await originalOf(request, PORTRAIT);
    const jpeg = await request.get(thumbnailUrl({ original: portrait, width: 60, quality: 75 }), { headers: { Accept: "image/jpeg,*/*" } });
    expect(jpeg.headers()["content-type"]).toBe("image/jpeg");
    expect(jpeg.headers()["vary"]).toContain("Accept");
    const webp = await request.get(thumbnailUrl({ original: portrait, width: 60, quality: 75 }), { headers: { Accept: "image/webp,*/*" } });
    expect(webp.headers()["content-type"]).toBe("image/webp");
  });

  test("should offer no width in a srcset that the original does not have", async ({ request }) => {
    const html = await (await request.get("/articles/a-practical-guide-to-brotli?mode=optimized")).text();
    const hero = /<img[^>]*class="img-cover-hero"[^>]*>/.exec(html)![0];
    const widths = [...hero.matchAll(/w=(\d+)&amp;q=\d+ (\d+)w/g)].map((m) => [Number(m[1]), Number(m[2])]);
    // From the widest at or under the hero's narrowest (288 px, on a 320 px phone) to the original's 960.
    expect(widths).toEqual([
      [240, 240],
      [480, 480],
      [640, 640],
      [750, 750],
      [828, 828],
      [960, 960],
    ]);
    expect(hero).toMatch(/ src="[^"]*w=960&amp;q=75"/);
  });

  test("should keep PNG illustrations as PNG", async ({ request }) => {
    const html = await (await request.get("/?mode=naive")).text();
    const png = /\/media\/(covers\/[a-z0-9-]+\.[a-f0-9]{10}\.png)/.exec(html)![1]!;
    const response = await request.get(thumbnailUrl({ original: png, width: 240, quality: 75 }), { headers: { Accept: "image/png,*/*" } });
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
  });

  test("should make a new thumbnail once for fifty concurrent first requests", async ({ request }) => {
    const portrait = await originalOf(request, PORTRAIT);
    const url = thumbnailUrl({ original: portrait, width: 640, quality: 50 });
    const responses = await Promise.all(Array.from({ length: 50 }, () => request.get(url, { headers: { Accept: "image/webp" } })));
    const bodies = await Promise.all(responses.map((r) => r.body()));
    expect(responses.every((r) => r.status() === 200)).toBe(true);
    expect(bodies.every((b) => b.equals(bodies[0]!))).toBe(true);
    expect(responses.filter((r) => r.headers()["x-cache"] === "MISS")).toHaveLength(1);
    expect((await request.get(url, { headers: { Accept: "image/webp" } })).headers()["x-cache"]).toBe("HIT");
  });

  const refused: [string, number, RegExp][] = [
    ["/thumbs/portraits/nobody.0123456789.jpg?w=60&q=75", 404, /No such image/],
    ["/thumbs/PORTRAIT?w=61&q=75", 400, /\?w= must be/],
    ["/thumbs/PORTRAIT?w=60&q=74", 400, /\?q= must be/],
    ["/thumbs/PORTRAIT?w=abc&q=75", 400, /\?w= must be/],
    ["/thumbs/PORTRAIT?w=60&w=120&q=75", 400, /\?w= must be/],
    ["/thumbs/PORTRAIT?q=75", 400, /\?w= must be/],
    ["/thumbs/..%2F..%2Fpackage.json?w=60&q=75", 404, /No such image/],
    ["/thumbs/portraits/..%2F..%2F..%2Fetc%2Fpasswd?w=60&q=75", 404, /No such image/],
    ["/thumbs/%2Fetc%2Fpasswd?w=60&q=75", 404, /No such image/],
    ["/media/..%2F..%2Fpackage.json", 404, /No such image/],
    ["/media/%2e%2e/%2e%2e/package.json", 404, /No such image|Not found/],
    ["/media/portraits/nobody.0123456789.jpg", 404, /No such image/],
  ];
  for (const [url, status, message] of refused) {
    test(`should answer ${status} to ${url}`, async ({ request }) => {
      const portrait = await originalOf(request, PORTRAIT);
      const response = await request.get(url.replace("PORTRAIT", portrait));
      expect(response.status()).toBe(status);
      expect(await response.text()).toMatch(message);
    });
  }

  test("should answer 400 to a corrupt original and to a decompression bomb, and keep serving", async ({ request }) => {
    mkdirSync(MEDIA, { recursive: true });
    writeFileSync(path.join(MEDIA, "corrupt.0000000000.jpg"), Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(500, 7)]));
    writeFileSync(path.join(MEDIA, "bomb.0000000000.png"), bombPng(50_000, 50_000));
    const corrupt = await request.get("/thumbs/covers/corrupt.0000000000.jpg?w=60&q=75");
    expect(corrupt.status()).toBe(400);
    expect(await corrupt.text()).toContain("cannot be decoded");
    const bomb = await request.get("/thumbs/covers/bomb.0000000000.png?w=60&q=75");
    expect(bomb.status()).toBe(400);
    expect(await bomb.text()).toContain("dimensions are too large");
    const portrait = await originalOf(request, PORTRAIT);
    expect((await request.get(thumbnailUrl({ original: portrait, width: 60, quality: 75 }))).status()).toBe(200);
  });
});
