/** The largest page number looked up; any page past it is past the last page anyway. */
export const MAX_PAGE = 100_000;

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
  if (value.length > 6 || Number(value) > MAX_PAGE)
    return { ok: false, status: 404, error: "There is no such page: it is past the last page." };
  return { ok: true, page: Number(value) };
}
