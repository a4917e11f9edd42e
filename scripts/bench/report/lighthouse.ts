import { CALIBRATION } from "../config/calibration";
import type { LighthouseReport, Spread } from "../types/results";
import { formatMs, formatValue } from "./format";
import type { ReportSection } from "./section";

const ORDER = ["naive", "optimized", CALIBRATION];
const LABELS = {
  fcpMs: "First contentful paint",
  lcpMs: "Largest contentful paint",
  tbtMs: "Total blocking time",
  cls: "Cumulative layout shift",
  speedIndexMs: "Speed Index",
} as const;

function cell(s: Spread, format: (v: number) => string): string {
  if (s.n === 0) return "–";
  return `${format(s.median)}${s.n > 1 && s.min !== s.max ? ` (${format(s.min)}–${format(s.max)})` : ""}`;
}

/** Lighthouse note for the reports: why its figures differ from the benchmark's own. */
export const LIGHTHOUSE_NOTE =
  "Lighthouse loads each page once without throttling, then simulates its slow link and slower CPU (Lantern, a model of the page's requests and tasks) from that load. fastblog's own figures are measured while the DevTools Protocol throttles the link, each request delayed by the profile's round trip, without the 3.75 factor Lighthouse applies when it throttles that way. The two differ by design: compare Lighthouse with Lighthouse, and fastblog's figures with fastblog's.";

/** Scores and metrics side by side per page, and every audit any page failed. */
export function lighthouseSection(report: LighthouseReport | null): ReportSection | null {
  if (!report) return null;
  const pages = [...report.pages].sort((a, b) => ORDER.indexOf(a.mode) - ORDER.indexOf(b.mode));
  const rows = [
    ["Performance score", ...pages.map((p) => cell(p.score, (v) => v.toFixed(2)))],
    ...(Object.keys(LABELS) as (keyof typeof LABELS)[]).map((key) => [
      LABELS[key],
      ...pages.map((p) => cell(p.metrics[key], key === "cls" ? (v) => formatValue(v, "score") : formatMs)),
    ]),
  ];
  const audits = [...new Map(pages.flatMap((p) => p.failing.map((a) => [a.id, a.title] as const))).entries()];
  const auditRows = audits.map(([id, title]) => [
    title,
    ...pages.map((p) => {
      const failed = p.failing.find((a) => a.id === id);
      return failed ? `✗ ${failed.displayValue ?? failed.score.toFixed(2)}` : "✓";
    }),
  ]);
  return {
    title: `Lighthouse ${report.preset}, ${report.route} (median of ${report.runs} run${report.runs === 1 ? "" : "s"} a page)`,
    paragraphs: [LIGHTHOUSE_NOTE],
    tables: [
      { title: "Scores and metrics", head: ["", ...pages.map((p) => p.mode)], rows },
      { title: "Audits failed (score under 0.9) in each page's median run", head: ["audit", ...pages.map((p) => p.mode)], rows: auditRows },
    ],
  };
}
