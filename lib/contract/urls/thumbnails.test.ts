import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { parseThumbnailUrl, THUMBNAIL_QUALITIES, THUMBNAIL_WIDTHS, thumbnailUrl } from "./thumbnails";

/** A listed value, or one next to it. */
const near = (listed: readonly number[]) => fc.constantFrom(...listed.flatMap((n) => [n - 1, n, n, n + 1]).map(String));
/** What a crafted thumbnail link may put in `?w=` or `?q=`: listed values, their neighbours, and anything else. */
const value = fc.oneof(
  fc.constantFrom(...[...THUMBNAIL_WIDTHS, ...THUMBNAIL_QUALITIES].flatMap((n) => [n - 1, n, n + 1]).map(String)),
  fc.constantFrom("", "0", "075", "+75", "75.0", "7e1", " 75", "75 ", "-75", "1e400", "NaN"),
  fc.integer().map(String),
  fc.string({ unit: "binary" }),
);
const params = fc.oneof(
  fc.array(fc.tuple(fc.constantFrom("w", "q", "x"), value), { maxLength: 4 }),
  fc.tuple(near(THUMBNAIL_WIDTHS), near(THUMBNAIL_QUALITIES)).map(([w, q]): [string, string][] => [
    ["w", w],
    ["q", q],
  ]),
);

describe("parseThumbnailUrl, for any input", () => {
  it("should take a width and a quality only when each is given once, in plain digits, from its list", () => {
    let read = 0;
    fc.assert(
      fc.property(params, (pairs) => {
        const url = new URL(`/thumbs/covers/a.jpg?${new URLSearchParams(pairs)}`, "http://localhost");
        const parsed = parseThumbnailUrl(url);
        const once = (name: string) => {
          const values = pairs.filter(([key]) => key === name).map(([, v]) => v);
          return values.length === 1 && /^[1-9][0-9]*$/.test(values[0]!) ? Number(values[0]) : NaN;
        };
        const [w, q] = [once("w"), once("q")];
        const listed = THUMBNAIL_WIDTHS.includes(w) && (THUMBNAIL_QUALITIES as readonly number[]).includes(q);
        read += listed ? 1 : 0;
        assert.deepEqual(
          parsed.ok ? { width: parsed.address.width, quality: parsed.address.quality } : { status: parsed.status },
          listed ? { width: w, quality: q } : { status: 400 },
        );
      }),
      { numRuns: 5000 },
    );
    assert.ok(read > 20, `only ${read} thumbnails read`);
  });

  it("should read back every address it writes", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...THUMBNAIL_WIDTHS),
        fc.constantFrom(...THUMBNAIL_QUALITIES),
        fc.stringMatching(/^[a-z0-9-]{1,20}\.[0-9a-f]{10}\.(jpg|png)$/),
        (width, quality, name) => {
          const address = { original: `covers/${name}`, width, quality };
          assert.deepEqual(parseThumbnailUrl(new URL(thumbnailUrl(address), "http://localhost")), { ok: true, address });
        },
      ),
    );
  });
});
