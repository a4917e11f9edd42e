import type { BenchMode } from "../types/settings";
import { UsageError } from "./args";

const KNOWN: readonly BenchMode[] = ["naive", "optimized", "cached"];

export const DEFAULT_MODES: BenchMode[] = ["naive", "optimized"];

export const MODES_USAGE = `  --modes LIST         naive,optimized (default), or naive,optimized,cached to measure cached mode too`;

/**
 * `--modes`: naive and optimized, which every figure compares, and optionally cached, in that
 * order whatever order they were given in.
 */
export function modeList(flag: string, value: string | undefined): BenchMode[] {
  const names = (value ?? "").split(",").map((part) => part.trim().toLowerCase());
  const unknown = names.find((name) => !(KNOWN as readonly string[]).includes(name));
  if (unknown !== undefined || !names.includes("naive") || !names.includes("optimized"))
    throw new UsageError(`${flag} takes naive,optimized or naive,optimized,cached; got "${value ?? ""}".`);
  return KNOWN.filter((mode) => names.includes(mode));
}
