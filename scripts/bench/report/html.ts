import { escapeHtml } from "../../../lib/util/html";
import type { RequestRecord, RunRecord } from "../types/artifacts";
import type { BenchResult, MetricRow } from "../types/results";
import { ablationTable } from "./ablation-table";
import { filmstripHtml } from "./filmstrip";
import { findingTables } from "./findings";
import { FLOOR_NOTE, floorTable } from "./floor";
import { headline, metaLine } from "./headline";
import { formatBytes, formatMs, formatValue as formatInUnit } from "./format";
import { headOf, tableRows } from "./main-table";
import type { TextTable } from "./section";
import { extraSections } from "./sections";

const COLORS = { naive: "#c2410c", optimized: "#15803d" };
const TYPE_COLORS: Record<string, string> = { html: "#2563eb", js: "#d97706", css: "#7c3aed", image: "#16a34a", other: "#64748b" };
const CHARTED = ["load", "ttfb", "lcp", "server", "bytes", "requests", "queries", "repeatBytes"];

function formatValue(row: MetricRow, value: number): string {
  return row.metric.unit === "count" ? String(Math.round(value)) : formatInUnit(value, row.metric.unit);
}

/** One mode's bar: the median, with a whisker from the fastest to the slowest run when they differ. */
function bar(row: MetricRow, mode: "naive" | "optimized", y: number, scale: (v: number) => number): string {
  const s = row[mode];
  if (s.n === 0) return "";
  const [x0, x, lo, hi] = [scale(0), scale(s.median), scale(s.min), scale(s.max)];
  const whisker =
    s.n > 1 && s.min !== s.max
      ? `<g stroke="#1d2330"><line x1="${lo}" x2="${hi}" y1="${y + 9}" y2="${y + 9}"/><line x1="${lo}" x2="${lo}" y1="${y + 4}" y2="${y + 14}"/><line x1="${hi}" x2="${hi}" y1="${y + 4}" y2="${y + 14}"/><title>${escapeHtml(`${formatValue(row, s.min)}–${formatValue(row, s.max)} over ${s.n} runs`)}</title></g>`
      : "";
  return `<text x="0" y="${y + 14}" font-size="12">${mode}</text><rect x="${x0}" y="${y}" width="${Math.max(1, x - x0)}" height="18" fill="${COLORS[mode]}"/>${whisker}<text x="${Math.max(x, hi) + 6}" y="${y + 14}" font-size="12">${escapeHtml(formatValue(row, s.median))}</text>`;
}

function bars(row: MetricRow): string {
  const top = Math.max(...[row.naive, row.optimized].filter((s) => s.n > 0).flatMap((s) => [s.median, s.max]), 0) || 1;
  const scale = (v: number) => 80 + (v / top) * 260;
  return `<figure><figcaption>${escapeHtml(row.metric.label)}</figcaption><svg width="440" height="50" role="img">${bar(row, "naive", 2, scale)}${bar(row, "optimized", 26, scale)}</svg></figure>`;
}

/** How long a run's waterfall lasts: to its last response or its load event, whichever is later. */
function waterfallEnd(record: RunRecord): number {
  return Math.max(record.first.loadEventMs, ...record.first.waterfall.map((r) => r.endMs));
}

/** A tick step that gives four to ten ticks over `span` milliseconds. */
function tickStep(span: number): number {
  return [50, 100, 250, 500, 1000, 2000, 5000, 10_000].find((step) => span / step <= 10) ?? 20_000;
}

function timeAxis(spanMs: number, scale: number, top: number, bottom: number): string {
  const step = tickStep(spanMs);
  return Array.from({ length: Math.floor(spanMs / step) + 1 }, (_, i) => i * step)
    .map(
      (t) =>
        `<line x1="${240 + t * scale}" x2="${240 + t * scale}" y1="${top - 2}" y2="${bottom}" stroke="#e3e6ec"/><text x="${240 + t * scale}" y="10" font-size="9" text-anchor="middle" fill="#5b6475">${formatMs(t)}</text>`,
    )
    .join("");
}

function requestBar(r: RequestRecord, y: number, scale: number): string {
  const name = escapeHtml(new URL(r.url).pathname.split("/").pop()!.slice(0, 34) || "/");
  const tip = escapeHtml(`${r.url} · ${formatBytes(r.transferBytes)} · ${Math.round(r.endMs - r.startMs)} ms · chain depth ${r.depth}`);
  return `<text x="0" y="${y + 9}" font-size="10">${name}</text><rect x="${240 + r.startMs * scale}" y="${y}" width="${Math.max(2, (r.endMs - r.startMs) * scale)}" height="10" fill="${TYPE_COLORS[r.type]}"><title>${tip}</title></rect>`;
}

/**
 * A request waterfall on CDP's clock, from the document's request: one bar per request, the
 * load event, and a time axis. Both modes share `spanMs`, so that their lengths compare at a glance.
 */
function waterfall(record: RunRecord, spanMs: number): string {
  const rows = record.first.waterfall;
  const scale = 620 / (spanMs || 1);
  const top = 16;
  const height = top + rows.length * 14 + 24;
  const loadX = 240 + record.first.loadEventMs * scale;
  const legend = Object.entries(TYPE_COLORS).map(
    ([type, color], i) =>
      `<rect x="${240 + i * 70}" y="${height - 12}" width="10" height="10" fill="${color}"/><text x="${254 + i * 70}" y="${height - 3}" font-size="10">${type}</text>`,
  );
  const load = `<line x1="${loadX}" x2="${loadX}" y1="${top - 2}" y2="${height - 16}" stroke="#dc2626" stroke-dasharray="4 3"/><text x="${loadX + 4}" y="${height - 18}" font-size="10" fill="#dc2626">load ${formatMs(record.first.loadEventMs)}</text>`;
  return `<svg width="930" height="${height}" role="img">${timeAxis(spanMs, scale, top, height - 16)}${rows.map((r, i) => requestBar(r, top + i * 14, scale)).join("")}${load}${legend.join("")}</svg>`;
}

function table(head: string[], rows: string[][]): string {
  return `<table><thead><tr>${head.map((h) => `<th>${escapeHtml(h)}</th>`).join("")}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join("")}</tr>`).join("")}</tbody></table>`;
}

/** A GTmetrix-style list, folded: its title says the count, the table the responses. */
function finding(t: TextTable): string {
  return `<details><summary>${escapeHtml(t.title)} ${t.rows.length === 0 ? "none" : `${t.rows.length}`}</summary>${t.rows.length > 0 ? table(t.head, t.rows) : ""}</details>`;
}

function sections(report: BenchResult): string {
  const route = report.routes[0]!;
  const spanMs = Math.max(...route.sampleRuns.map(waterfallEnd));
  const waterfalls = route.sampleRuns
    .map(
      (run) =>
        `<h3>${escapeHtml(run.mode)} (run ${run.run}, the one closest to the median load): ${run.first.waterfall.length} requests, ${formatBytes(run.first.transferBytes)}</h3>${waterfall(run, spanMs)}`,
    )
    .join("");
  const routeTables = report.routes
    .map(
      (r) =>
        `<h2>${escapeHtml(r.route)}</h2><p class="headline">${escapeHtml(headline(r, report.database))}</p>${table(headOf(r.rows), tableRows(r.rows))}<h3>Compression and caching, in the median run of each mode</h3>${r.findings.flatMap(findingTables).map(finding).join("")}`,
    )
    .join("");
  const floor = floorTable(report.floors, report.profile);
  const ranking = report.ablation ? ablationTable(report.ablation, report.database) : null;
  const ablation = ranking ? `<h2>Ablation</h2><p>${escapeHtml(ranking.verdict)}</p>${table(ranking.head, ranking.rows)}` : "";
  const extras = extraSections(report)
    .map(
      (s) =>
        `<h2>${escapeHtml(s.title)}</h2>${s.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("")}${s.tables.map((t) => `<h3>${escapeHtml(t.title)}</h3>${t.rows.length > 0 ? table(t.head, t.rows) : "<p>none</p>"}`).join("")}`,
    )
    .join("");
  return `<h2>Request waterfalls, on one time scale</h2>${waterfalls}${routeTables}${extras}<h2>Physical floor</h2><p>${escapeHtml(FLOOR_NOTE)}</p>${table(floor.head, floor.rows)}${ablation}`;
}

const STYLE = `body{font:14px/1.5 system-ui,sans-serif;max-width:960px;margin:32px auto;color:#1d2330}table{border-collapse:collapse;margin:12px 0}td,th{border-bottom:1px solid #e3e6ec;padding:4px 10px;text-align:right}td:first-child,th:first-child{text-align:left}.headline{font-size:18px;font-weight:600}figure{display:inline-block;margin:8px 16px 8px 0}figcaption{font-weight:600}.meta{color:#5b6475}.warn{color:#b45309}summary{cursor:pointer;margin:6px 0}`;

/** A self-contained page: inline CSS and SVG, nothing fetched from anywhere. */
export function htmlReport(report: BenchResult): string {
  const route = report.routes[0]!;
  const charts = route.rows
    .filter((row) => CHARTED.includes(row.metric.key))
    .map(bars)
    .join("");
  const filmstrip = filmstripHtml(report.filmstrip);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>fastblog benchmark on ${escapeHtml(report.database)}</title>
<style>${STYLE}${filmstrip.style}</style></head><body>
<h1>fastblog: naive vs optimized, on ${escapeHtml(report.database)}</h1>
<p class="meta">${escapeHtml(metaLine(report))}</p>
${report.warnings.map((w) => `<p class="warn">⚠ ${escapeHtml(w)}</p>`).join("")}
<p class="headline">${escapeHtml(route.route)}: ${escapeHtml(headline(route, report.database))}</p>
<h2>Main metrics (medians; whiskers from the fastest to the slowest run)</h2>${charts}
${filmstrip.body}
${sections(report)}
</body></html>`;
}
