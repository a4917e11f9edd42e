import { escapeHtml } from "../../../lib/util/html";
import type { Filmstrip, FilmstripRow } from "../types/results";
import { formatMs } from "./format";
import type { ReportSection } from "./section";

const COLORS: Record<string, string> = { naive: "#c2410c", optimized: "#15803d" };
const MARKS = [
  ["fcpMs", "FCP"],
  ["lcpMs", "LCP"],
  ["loadMs", "load"],
] as const;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const frameClass = (row: number, frame: number) => `f${row}-${frame}`;

const STYLE =
  ".filmstrip{overflow-x:auto}.filmstrip table{margin:0}.filmstrip td,.filmstrip th{padding:2px;border:0;text-align:center;vertical-align:top;font-size:10px;white-space:nowrap}.frame{width:100px;height:56px;background:#fff center/contain no-repeat;border:1px solid #cfd4dc}.filmstrip td.diff .frame{outline:3px solid #f59e0b;outline-offset:-1px}.filmstrip th:first-child{position:sticky;left:0;background:#fff;z-index:1}.filmstrip span{display:block;color:#5b6475}.filmstrip b{display:block;color:#dc2626;font-weight:600}";

/** Each thumbnail once, as a CSS class: a frame shown at many steps costs its bytes once. */
function frameStyles(filmstrip: Filmstrip): string {
  return (
    STYLE +
    filmstrip.rows
      .flatMap((row, r) => row.thumbnails.map((url, frame) => (url ? `.${frameClass(r, frame)}{background-image:url(${url})}` : "")))
      .join("")
  );
}

/** The marks of a row that fall in the step ending at `ms`: the first step at or after each mark shows it. */
function marksAt(row: FilmstripRow, ms: number, stepMs: number): string[] {
  return MARKS.filter(([key]) => {
    const at = row.marks[key];
    return at !== null && at <= ms && at > ms - stepMs;
  }).map(([key, label]) => `${label} ${formatMs(row.marks[key]!)}`);
}

function rowCells(filmstrip: Filmstrip, row: FilmstripRow, r: number): string {
  return row.slots
    .map((slot, i) => {
      const marks = marksAt(row, slot.ms, filmstrip.stepMs);
      const label = `${row.mode} at ${formatMs(slot.ms)}: ${slot.visuallyComplete}% visually complete`;
      return `<td${filmstrip.differs[i] ? ' class="diff"' : ""}><div class="frame ${frameClass(r, slot.frame)}" role="img" aria-label="${escapeHtml(label)}" data-mode="${escapeHtml(row.mode)}" data-ms="${slot.ms}"></div><span>${slot.visuallyComplete}%</span>${marks.map((m) => `<b>${escapeHtml(m)}</b>`).join("")}</td>`;
    })
    .join("");
}

/** WebPageTest's filmstrip: the two runs stacked on one time grid, the moments they differ outlined, paints and load marked. */
function filmstripTable(filmstrip: Filmstrip): string {
  const head = filmstrip.rows[0]!.slots.map((slot) => `<th>${seconds(slot.ms)}</th>`).join("");
  const rows = filmstrip.rows
    .map(
      (row, r) =>
        `<tr><th style="color:${COLORS[row.mode] ?? "#1d2330"}">${escapeHtml(row.mode)}<br><small>run ${row.run}</small></th>${rowCells(filmstrip, row, r)}</tr>`,
    )
    .join("");
  return `<div class="filmstrip"><table><thead><tr><th></th>${head}</tr></thead><tbody>${rows}</tbody></table></div>`;
}

/** The visual-progress curve of each mode, on the filmstrip's time axis, with each run's paints and load. */
function progressChart(filmstrip: Filmstrip): string {
  const [width, height, left, top, bottom] = [930, 220, 44, 10, 30];
  const x = (ms: number) => left + (ms / (filmstrip.endMs || 1)) * (width - left - 10);
  const y = (percent: number) => top + (1 - percent / 100) * (height - top - bottom);
  const grid = [0, 50, 100].map(
    (p) =>
      `<line x1="${left}" x2="${width - 10}" y1="${y(p)}" y2="${y(p)}" stroke="#e3e6ec"/><text x="${left - 6}" y="${y(p) + 4}" font-size="10" text-anchor="end">${p}%</text>`,
  );
  const tickStep = [100, 250, 500, 1000, 2000, 5000].find((step) => filmstrip.endMs / step <= 10) ?? 10_000;
  const ticks = Array.from({ length: Math.floor(filmstrip.endMs / tickStep) + 1 }, (_, i) => i * tickStep).map(
    (ms) => `<text x="${x(ms)}" y="${height - 12}" font-size="10" text-anchor="middle">${formatMs(ms)}</text>`,
  );
  const curves = filmstrip.rows.map((row, r) => {
    const color = COLORS[row.mode] ?? "#1d2330";
    const points = row.progress.flatMap((p, i) => [
      ...(i > 0 ? [`${x(p.ms).toFixed(1)},${y(row.progress[i - 1]!.visuallyComplete).toFixed(1)}`] : []),
      `${x(p.ms).toFixed(1)},${y(p.visuallyComplete).toFixed(1)}`,
    ]);
    points.push(`${x(filmstrip.endMs).toFixed(1)},${y(row.progress.at(-1)!.visuallyComplete).toFixed(1)}`);
    // Marks at the same moment (first and largest contentful paint often are) share one line and one label.
    const moments = new Map<number, string[]>();
    for (const [key, label] of MARKS) {
      const at = row.marks[key];
      if (at !== null) moments.set(Math.round(at), [...(moments.get(Math.round(at)) ?? []), label]);
    }
    const marks = [...moments].map(([at, labels]) => {
      const mx = x(at);
      return `<line x1="${mx}" x2="${mx}" y1="${top}" y2="${height - bottom}" stroke="${color}" stroke-dasharray="3 3" opacity="0.7"/><text x="${mx + 3}" y="${top + 10 + r * 12}" font-size="10" fill="${color}">${labels.join(", ")}</text>`;
    });
    const legend = `<text x="${width - 14}" y="${height - bottom - 8 - r * 14}" font-size="11" text-anchor="end" fill="${color}">${escapeHtml(row.mode)}</text>`;
    return `<polyline points="${points.join(" ")}" fill="none" stroke="${color}" stroke-width="2"><title>${escapeHtml(`${row.mode}: visually complete over time`)}</title></polyline>${marks.join("")}${legend}`;
  });
  return `<svg width="${width}" height="${height}" role="img" aria-label="Visual progress: percent visually complete over time, each mode">${grid.join("")}${ticks.join("")}${curves.join("")}</svg>`;
}

/** The filmstrip's part of the HTML report: its styles, and its heading, grid and curve. */
export function filmstripHtml(filmstrip: Filmstrip | null): { style: string; body: string } {
  if (!filmstrip) return { style: "", body: "" };
  return {
    style: frameStyles(filmstrip),
    body: `<h2>Filmstrip, every ${formatMs(filmstrip.stepMs)} on one time scale</h2><p>${escapeHtml(FILMSTRIP_NOTE)}</p>${filmstripTable(filmstrip)}<h3>Visual progress (what Speed Index integrates)</h3>${progressChart(filmstrip)}`,
  };
}

const FILMSTRIP_NOTE =
  "What each mode's median run showed, from a traced load of its own (capturing frames slows a page, so the measured view is never traced): the frame on screen at each step, how visually complete it was (speedline's measure, as Lighthouse's), outlined where the two modes were not equally complete, and each load's first contentful paint, largest contentful paint and load event under the step they fall in.";

function rowLine(row: FilmstripRow): string {
  const at = (ms: number | null) => (ms === null ? "never" : formatMs(ms));
  return `${row.mode} (run ${row.run}): first visual change at ${at(row.firstChangeMs)}, visually complete at ${at(row.completeMs)}.`;
}

/** The filmstrip in words, for every report: when each mode first changed and when it was complete. */
export function filmstripSection(filmstrip: Filmstrip | null): ReportSection | null {
  if (!filmstrip) return null;
  return {
    title: "Visual progress",
    paragraphs: [
      ...filmstrip.rows.map(rowLine),
      "latest.html shows the filmstrip and the visual-progress curve; latest.json keeps each run's frame times.",
    ],
    tables: [],
  };
}
