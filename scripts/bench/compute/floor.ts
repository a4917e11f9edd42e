import { LINK_PROFILES } from "../config/profiles";
import type { Profile } from "../types/settings";
import type { RequestRecord, RunRecord } from "../types/artifacts";
import type { FloorInputs, FloorRow } from "../types/results";
import { median } from "./stats";

/**
 * From a view's waterfall, on CDP's clock: the requests finished before the load event, the
 * longest chain among them (the document 1, what it names 2, what those name 3…), and their
 * bytes. Chrome's emulation charges no round trip to connect (a new connection opens in about
 * a millisecond at any latency), so the chain is all the round trips there are.
 */
export function floorInputs(view: { waterfall: RequestRecord[]; loadEventMs: number }): FloorInputs {
  const beforeLoad = view.waterfall.filter((r) => !r.fromCache && r.endMs <= view.loadEventMs);
  return {
    roundTrips: Math.max(0, ...beforeLoad.map((r) => r.depth)),
    bytes: beforeLoad.reduce((sum, r) => sum + r.transferBytes, 0),
  };
}

/** The least time the page could take on a link: its round trips in a row, then its bytes at the link's bandwidth. */
export function floorMs(inputs: FloorInputs, profile: Profile): number | null {
  if (profile.downloadKbps === 0) return null;
  return inputs.roundTrips * profile.latencyMs + (inputs.bytes * 8) / profile.downloadKbps;
}

/** Per route and mode: the median run's inputs, the floor on every link profile, and the measured time against the floor of the profile run. */
export function floorRows(records: RunRecord[], routes: string[], profile: Profile): FloorRow[] {
  return routes.flatMap((route) =>
    ["naive", "optimized"].map((mode) => {
      const runs = records.filter((r) => r.route === route && r.mode === mode);
      const all = runs.map((r) => floorInputs(r.first));
      const inputs = { roundTrips: median(all.map((i) => i.roundTrips)), bytes: median(all.map((i) => i.bytes)) };
      const floors = Object.fromEntries(LINK_PROFILES.map((p) => [p.name, floorMs(inputs, p)!]));
      const measuredMs = median(runs.map((r) => r.first.loadMs));
      const own = floorMs(inputs, profile);
      return { route, mode, ...inputs, floors, measuredMs, multiple: own === null ? null : measuredMs / own };
    }),
  );
}
