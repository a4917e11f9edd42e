/**
 * The blog's own pages, written and read here only: the paths of its pages, and a listing's
 * `?page=` with the keyset cursor of its Previous and Next links. Components write links with
 * these, the front reads `?page=` with `parsePageQuery` once, and the tests and the benchmark
 * build their addresses with them too.
 */
export const HOME_PATH = "/";
export const CATEGORIES_PATH = "/categories";

export const articlePath = (slug: string) => `/articles/${slug}`;
export const authorPath = (slug: string) => `/authors/${slug}`;
export const categoryPath = (slug: string) => `${CATEGORIES_PATH}/${slug}`;

/**
 * A listing's page `page`: the listing's own path for page 1, otherwise `?page=`, with the
 * cursor where it starts when a Previous (`before`) or Next (`after`) link leads there.
 */
export function pageHref(listing: string, page: number, cursor?: { name: "after" | "before"; value: string | null }): string {
  if (page === 1) return listing;
  return cursor?.value ? `${listing}?page=${page}&${cursor.name}=${cursor.value}` : `${listing}?page=${page}`;
}

/** The largest page number looked up; any page past it is past the last page anyway. */
export const MAX_PAGE = 10_000_000;

/**
 * Where a listing page starts. `number` is the page's number; `after` and `before` are keyset
 * cursors, the last article of the page before or the first of the page after, which the
 * optimized Previous and Next links carry so that a deep page costs no more than the first.
 */
export type PageQuery = { number: number; after?: Cursor; before?: Cursor };

/** An article's place in newest-first order: its publication time and, for ties, its id. */
export type Cursor = { publishedAt: Date; id: number };

export type PageParam = { ok: true; page: number } | { ok: false; status: 400 | 404; error: string };

/**
 * Reads `?page=`: absent means 1; otherwise exactly one positive integer in plain digits
 * (no sign, no exponent, no fraction, no leading zeros), or 400. A positive integer too large
 * to be a page of this blog is a page past the end: 404, without asking the database.
 */
export function parsePageParam(values: readonly string[]): PageParam {
  if (values.length === 0) return { ok: true, page: 1 };
  if (values.length > 1) return { ok: false, status: 400, error: "Give ?page= once." };
  const value = values[0]!;
  if (!/^[1-9][0-9]*$/.test(value)) {
    return { ok: false, status: 400, error: "?page= must be a whole number from 1 up, in plain digits." };
  }
  if (value.length > 8 || Number(value) > MAX_PAGE)
    return { ok: false, status: 404, error: "There is no such page: it is past the last page." };
  return { ok: true, page: Number(value) };
}

/**
 * The times a cursor may hold: the years 0001 to 9999, which every database stores and
 * JavaScript writes as a plain ISO date (SQLite keeps Prisma's dates as such text; PostgreSQL's
 * `timestamp` refuses years past 294276, and years before 1 are written BC). JavaScript's own
 * range (±8.64e15 ms) goes far beyond, so a cursor from a crafted link is checked against these
 * bounds and refused with a 400, before any database sees it.
 */
export const EARLIEST_CURSOR_TIME = -62_135_596_800_000; // 0001-01-01T00:00:00.000Z
export const LATEST_CURSOR_TIME = 253_402_300_799_999; // 9999-12-31T23:59:59.999Z
/** The largest article id: the id columns are PostgreSQL's `integer` (int4). */
export const MAX_ARTICLE_ID = 2_147_483_647;

/** `<time>-<id>`, both in plain digits: no leading zeros, no plus sign, no `-0`. */
const CURSOR = /^(0|-?[1-9][0-9]{0,14})-([1-9][0-9]{0,9})$/;
const CURSOR_ERROR = "?after= and ?before= must be a cursor from a Previous or Next link (<time>-<id>), given once, and only one of them.";
const CURSOR_RANGE_ERROR = `The cursor of ?after= or ?before= is out of range: its time must fall in the years 0001 to 9999 (${EARLIEST_CURSOR_TIME} to ${LATEST_CURSOR_TIME}) and its id be at most ${MAX_ARTICLE_ID}.`;

/** `?page=` with the cursor of a Previous or Next link, if any; 400 for a cursor that is not one, or out of range. */
export function parsePageQuery(params: URLSearchParams): { ok: true; page: PageQuery } | { ok: false; status: 400 | 404; error: string } {
  const page = parsePageParam(params.getAll("page"));
  if (!page.ok) return page;
  const after = params.getAll("after");
  const before = params.getAll("before");
  if (after.length + before.length === 0) return { ok: true, page: { number: page.page } };
  const raw = after.length + before.length === 1 ? (after[0] ?? before[0]!) : "";
  const cursor = parseCursor(raw);
  if (cursor === "malformed") return { ok: false, status: 400, error: CURSOR_ERROR };
  if (cursor === "out of range") return { ok: false, status: 400, error: CURSOR_RANGE_ERROR };
  if (after.length === 1 && page.page === 1)
    return { ok: false, status: 400, error: "?after= leads to page 2 or later: give its ?page= too." };
  return { ok: true, page: after.length === 1 ? { number: page.page, after: cursor } : { number: page.page, before: cursor } };
}

function parseCursor(raw: string): Cursor | "malformed" | "out of range" {
  const match = CURSOR.exec(raw);
  if (!match) return "malformed";
  const [time, id] = [Number(match[1]), Number(match[2])];
  if (time < EARLIEST_CURSOR_TIME || time > LATEST_CURSOR_TIME || id > MAX_ARTICLE_ID) return "out of range";
  return { publishedAt: new Date(time), id };
}

export function formatCursor(cursor: Cursor): string {
  return `${cursor.publishedAt.getTime()}-${cursor.id}`;
}
