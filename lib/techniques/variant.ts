import { has, type Mode, type Technique } from "../mode";

/** Each technique has two variants, kept side by side in its module. */
export type Variant = "naive" | "optimized";

/** Which variant of one technique a mode uses. */
export function variantOf(mode: Mode, technique: Technique): Variant {
  return has(mode, technique) ? "optimized" : "naive";
}
