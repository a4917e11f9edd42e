import { MAX_SEED_SCALE, parseWholeNumber, seedScale } from "../lib/settings";

/** The `--scale N` option of `npm run db:seed` and `npm run db:reset`, for node:util's parseArgs. */
export const SCALE_OPTION = { scale: { type: "string" } } as const;

/** The scale a command asks for: its `--scale` when given, otherwise SEED_SCALE (1 when unset). */
export function scaleFrom(option: string | undefined): number {
  if (option === undefined) return seedScale();
  const scale = parseWholeNumber(option.trim(), 1, MAX_SEED_SCALE);
  if (scale === undefined)
    throw new Error(`--scale must be a whole number from 1 to ${MAX_SEED_SCALE} (1 is the blog as it is); got "${option}".`);
  return scale;
}
