import type { Profile, Profiles } from "../types/settings";

export const PROFILES: Profiles = {
  none: { name: "none", downloadKbps: 0, uploadKbps: 0, latencyMs: 0 },
  /** WebPageTest's Cable. */
  cable: { name: "cable", downloadKbps: 5000, uploadKbps: 1000, latencyMs: 28 },
  /** Lighthouse's default mobile throttling. */
  "slow-4g": { name: "slow-4g", downloadKbps: 1600, uploadKbps: 750, latencyMs: 150 },
};

/** The profiles that model a link; `none` has no latency and no bandwidth to divide by. */
export const LINK_PROFILES: Profile[] = Object.values(PROFILES).filter((p) => p.downloadKbps > 0);
