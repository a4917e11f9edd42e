/** The largest page number accepted; anything past the last page is a 404 anyway. */
export const MAX_PAGE = 100_000;

export type PageParam = { ok: true; page: number } | { ok: false; error: string };

/**
 * Reads `?page=`: absent means 1; otherwise exactly one positive integer in plain digits
 * (no sign, no exponent, no fraction, no leading zeros).
 */
export function parsePageParam(values: readonly string[]): PageParam {
  if (values.length === 0) return { ok: true, page: 1 };
  if (values.length > 1) return { ok: false, error: "Give ?page= once." };
  const value = values[0]!;
  if (!/^[1-9][0-9]{0,5}$/.test(value) || Number(value) > MAX_PAGE) {
    return { ok: false, error: `?page= must be a whole number from 1 to ${MAX_PAGE}.` };
  }
  return { ok: true, page: Number(value) };
}
