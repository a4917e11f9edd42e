/**
 * e2e/page-weight.spec.ts measures the home page with the benchmark's own view measurement,
 * so that the spec and the benchmark cannot disagree about what a page weighs; it imports
 * from this path.
 */
export { measureView } from "./gather/measure";
export { PROFILES } from "./config/profiles";
export type { ViewMetrics } from "./model";
