import { LINK_PROFILES } from "../config/profiles";
import type { Profile } from "../types/settings";
import type { FloorRow } from "../types/results";
import type { TextTable } from "./section";
import { formatBytes, formatMs } from "./format";

/** The floor table of the Markdown and HTML reports. */
export function floorTable(rows: FloorRow[], profile: Profile): TextTable {
  return {
    title: "Physical floor",
    head: [
      "route",
      "mode",
      "round trips",
      "bytes before load",
      ...LINK_PROFILES.map((p) => `floor on ${p.name}`),
      `measured on ${profile.name}`,
      "measured / floor",
    ],
    rows: rows.map((f) => [
      f.route,
      f.mode,
      String(f.roundTrips),
      formatBytes(f.bytes),
      ...LINK_PROFILES.map((p) => formatMs(f.floors[p.name]!)),
      formatMs(f.measuredMs),
      multipleText(f, profile),
    ]),
  };
}

function multipleText(f: FloorRow, profile: Profile): string {
  return f.multiple === null ? `– (no link model on ${profile.name})` : `${f.multiple.toFixed(1)}x`;
}

/** One line per route and mode for the terminal. */
export function floorLines(rows: FloorRow[], profile: Profile): string[] {
  return rows.map((f) => {
    const floors = LINK_PROFILES.map((p) => `${formatMs(f.floors[p.name]!)} on ${p.name}`).join(", ");
    const measured =
      f.multiple === null
        ? `measured ${formatMs(f.measuredMs)} on ${profile.name} (no link model)`
        : `measured ${formatMs(f.measuredMs)} on ${profile.name}, ${f.multiple.toFixed(1)}x its floor`;
    return `  ${f.route} ${f.mode.padEnd(9)} ${f.roundTrips} round trips, ${formatBytes(f.bytes)} before load · floor ${floors} · ${measured}`;
  });
}

/** What the floor means, for the reports. */
export const FLOOR_NOTE =
  "The least time each page could take on each link: its round trips in a row (the depth of its chain of requests, from the initiator CDP gives each request, among those finished before the load event) times the link's latency, plus the bytes it fetched before the load event at the link's bandwidth. All from the waterfall measured on this run's profile.";
