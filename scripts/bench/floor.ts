import { PROFILES, type Profile, type RequestRecord } from "./measure";
import type { TextTable } from "./report-text";
import { formatBytes, formatMs, median } from "./stats";
import type { RunRecord } from "./views";

/** What a page's floor is made of: round trips that wait on each other, and bytes before the load event. */
export type FloorInputs = { roundTrips: number; bytes: number };

export type FloorRow = FloorInputs & { route: string; mode: string; floors: Record<string, number>; measuredMs: number; multiple: number | null };

/** The profiles that model a link; `none` has no latency and no bandwidth to divide by. */
export const LINK_PROFILES = Object.values(PROFILES).filter((p) => p.downloadKbps > 0);

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

/** The floor table of the Markdown and HTML reports. */
export function floorTable(rows: FloorRow[], profile: Profile): TextTable {
  return {
    title: "Physical floor",
    head: ["route", "mode", "round trips", "bytes before load", ...LINK_PROFILES.map((p) => `floor on ${p.name}`), `measured on ${profile.name}`, "measured / floor"],
    rows: rows.map((f) => [f.route, f.mode, String(f.roundTrips), formatBytes(f.bytes), ...LINK_PROFILES.map((p) => formatMs(f.floors[p.name]!)), formatMs(f.measuredMs), multipleText(f, profile)]),
  };
}

function multipleText(f: FloorRow, profile: Profile): string {
  return f.multiple === null ? `– (no link model on ${profile.name})` : `${f.multiple.toFixed(1)}x`;
}

/** One line per route and mode for the terminal. */
export function floorLines(rows: FloorRow[], profile: Profile): string[] {
  return rows.map((f) => {
    const floors = LINK_PROFILES.map((p) => `${formatMs(f.floors[p.name]!)} on ${p.name}`).join(", ");
    const measured = f.multiple === null ? `measured ${formatMs(f.measuredMs)} on ${profile.name} (no link model)` : `measured ${formatMs(f.measuredMs)} on ${profile.name}, ${f.multiple.toFixed(1)}x its floor`;
    return `  ${f.route} ${f.mode.padEnd(9)} ${f.roundTrips} round trips, ${formatBytes(f.bytes)} before load · floor ${floors} · ${measured}`;
  });
}

/** What the floor means, for the reports. */
export const FLOOR_NOTE =
  "The least time each page could take on each link: its round trips in a row (the depth of its chain of requests, from the initiator CDP gives each request, among those finished before the load event) times the link's latency, plus the bytes it fetched before the load event at the link's bandwidth. All from the waterfall measured on this run's profile.";
