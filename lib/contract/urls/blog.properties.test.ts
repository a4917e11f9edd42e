import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import {
  EARLIEST_CURSOR_TIME,
  formatCursor,
  LATEST_CURSOR_TIME,
  MAX_ARTICLE_ID,
  MAX_PAGE,
  pageHref,
  parsePageParam,
  parsePageQuery,
} from "./blog";

/**
 * Properties of `?page=` and the cursor, over any input (fast-check): the parser either reads a
 * value it can write back exactly, or refuses with a 4xx and a message of its own; it never
 * throws, and never lets through a time or an id that a database cannot hold. Whether the
 * databases take every cursor it reads is checked on both in lib/techniques/pagination.test.ts.
 */

/** Whole numbers around every edge that matters: JavaScript's Date range, the years 0001 and 9999, int4, and plain small ones. */
const EDGES = [8.64e15, LATEST_CURSOR_TIME, EARLIEST_CURSOR_TIME, MAX_ARTICLE_ID, 1_700_000_000_000, 0, 1];
const wholeNumber = fc.oneof(
  fc.constantFrom(...EDGES.flatMap((edge) => [edge - 1, edge, edge + 1, -edge || 0])),
  fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n }),
  fc.integer(),
);
/** Text that a hostile link might hold where a number goes. */
const hostileText = fc.oneof(
  fc.string({ unit: "binary" }),
  fc.constantFrom("", "-0", "00", "+1", "1e3", "0x10", "1.5", " 1", "NaN", "Infinity", "١", "1\u0000", "--1"),
);
const numberText = fc.oneof(wholeNumber.map(String), hostileText);
const hostileCursor = fc.oneof(
  fc.tuple(numberText, numberText).map(([time, id]) => `${time}-${id}`),
  hostileText,
);

/** A query string of a listing, as a crafted link may write it: any of page, after and before, each any number of times. */
const anyQuery = fc
  .array(fc.tuple(fc.constantFrom("page", "after", "before", "mode"), fc.oneof(numberText, hostileCursor)), { maxLength: 4 })
  .map((pairs) => new URLSearchParams(pairs));
/** A query shaped like a Previous or Next link's, with any page and cursor in it. */
const linkLikeQuery = fc
  .tuple(
    fc.oneof(fc.integer({ min: 1, max: 5 }).map(String), numberText),
    fc.constantFrom("after", "before"),
    fc.tuple(wholeNumber, wholeNumber),
  )
  .map(([page, name, [time, id]]) => new URLSearchParams({ page, [name]: `${time}-${id}` }));
const hostileQuery = fc.oneof(anyQuery, linkLikeQuery);

/** A refusal as the front sends it: 400 or 404, with a message. */
const isRefusal = (parsed: { ok: boolean; status?: number; error?: string }) =>
  !parsed.ok && [400, 404].includes(parsed.status!) && typeof parsed.error === "string" && parsed.error.length > 0;

describe("the page and cursor parsers, for any input", () => {
  it("should read ?page= as a plain page number it writes back the same, or refuse it", () => {
    let read = 0;
    fc.assert(
      fc.property(fc.array(numberText, { maxLength: 3 }), (values) => {
        const parsed = parsePageParam(values);
        read += parsed.ok ? 1 : 0;
        const writtenBack = parsed.ok && parsed.page >= 1 && parsed.page <= MAX_PAGE && (values[0] ?? "1") === String(parsed.page);
        assert.ok(writtenBack || isRefusal(parsed), JSON.stringify(parsed));
      }),
      { numRuns: 2000 },
    );
    // The inputs reach both sides: a generator that only made refusals would prove nothing.
    assert.ok(read > 100, `only ${read} page numbers read`);
  });

  it("should read a listing's query into a page whose own link reads back the same, or refuse it", () => {
    let withCursor = 0;
    fc.assert(
      fc.property(hostileQuery, (params) => {
        const parsed = parsePageQuery(params);
        const page = parsed.ok ? parsed.page : { number: 1 };
        const cursor = page.after ?? page.before;
        withCursor += cursor ? 1 : 0;
        const href = pageHref("/", page.number, cursor && { name: page.after ? "after" : "before", value: formatCursor(cursor) });
        // Page 1 is the listing itself: its link carries no cursor.
        const readBack = parsePageQuery(new URL(href, "http://localhost").searchParams);
        const expected = page.number === 1 ? { ok: true, page: { number: 1 } } : parsed;
        assert.ok(parsed.ok || isRefusal(parsed), JSON.stringify(parsed));
        assert.deepEqual(parsed.ok ? readBack : expected, expected);
      }),
      { numRuns: 5000 },
    );
    assert.ok(withCursor > 100, `only ${withCursor} cursors read`);
  });

  it("should take a cursor exactly when its time is in the years 0001 to 9999 and its id from 1 to 2147483647", () => {
    fc.assert(
      fc.property(wholeNumber, wholeNumber, (time, id) => {
        const parsed = parsePageQuery(new URLSearchParams({ page: "2", after: `${time}-${id}` }));
        const t = Number(time);
        const inRange = t >= EARLIEST_CURSOR_TIME && t <= LATEST_CURSOR_TIME && Number(id) >= 1 && Number(id) <= MAX_ARTICLE_ID;
        assert.deepEqual(
          parsed.ok
            ? { ok: true, time: parsed.page.after!.publishedAt.getTime(), id: parsed.page.after!.id }
            : { ok: false, status: parsed.status },
          inRange ? { ok: true, time: t, id: Number(id) } : { ok: false, status: 400 },
        );
      }),
      { numRuns: 5000 },
    );
  });
});
