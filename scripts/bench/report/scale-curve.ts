import { escapeHtml } from "../../../lib/util/html";
import type { CurvePoint, ScaleCurve } from "../types/results";
import { formatMs } from "./format";
import { alignedTable, markdownTable } from "./table";

const MODES = ["naive", "optimized"] as const;
const COLORS = { naive: "#dc2626", optimized: "#2563eb" } as const;

function cell(point: CurvePoint | undefined): string {
  return point ? `${formatMs(point.medianMs)} · ${point.queries} q` : "–";
}

/** One row per route and mode: the median server time and queries at each scale, and the growth to the largest. */
export function curveTable(curve: ScaleCurve): { head: string[]; rows: string[][] } {
  const head = ["route", "mode", ...curve.scales.map((s) => `${s}x`), `growth, ${curve.scales.at(-1)}x / ${curve.scales[0]}x`];
  const rows = curve.verdicts.flatMap(({ route, flat }) =>
    MODES.map((mode) => {
      const points = curve.scales.map((scale) => curve.points.find((p) => p.route === route && p.mode === mode && p.scale === scale));
      const growth = points.at(-1)?.ratioToFirst ?? NaN;
      const mark = mode === "optimized" ? (flat ? " ✓ flat" : ` ✗ over ${curve.flatLimit}x`) : "";
      return [route, mode, ...points.map(cell), `${growth.toFixed(2)}x${mark}`];
    }),
  );
  return { head, rows };
}

function sizesLine(curve: ScaleCurve): string {
  return curve.scales
    .map(
      (s) =>
        `${s}x: ${curve.sizes[s]!.articles.toLocaleString("en")} articles, ${curve.sizes[s]!.comments.toLocaleString("en")} comments, ready in ${curve.seedSeconds[s]!.toFixed(0)} s`,
    )
    .join("; ");
}

function verdictLine(curve: ScaleCurve): string {
  const grown = curve.verdicts.filter((v) => !v.flat);
  if (grown.length === 0)
    return `Optimized stays flat: every route within ${curve.flatLimit}x of its ${curve.scales[0]}x server time at every scale.`;
  return `Optimized grows on ${grown.map((v) => `${v.route} (${v.worstRatio.toFixed(2)}x at ${v.atScale}x)`).join(", ")}: over ${curve.flatLimit}x of its ${curve.scales[0]}x time.`;
}

/** What "(cursor)" and "(typed)" mean in a route's name. */
const REACH_NOTE =
  "A deep page marked (cursor) is reached by its Next link, whose cursor starts the page where the one before ended; (typed) by ?page=N alone, which the server counts off: naive with OFFSET, optimized by the listing's weekly counts, then inside one week of the index, before it reads the rows (a deferred join, one query more). Naive has no cursor: both its rows measure its own page that holds the same articles.";

export function curveTerminal(curve: ScaleCurve): string {
  const { head, rows } = curveTable(curve);
  return `\nServer time (median, from Server-Timing) and queries, by seed scale, on ${curve.database}\n\n${alignedTable(head, rows, "  ")}\n\n  ${sizesLine(curve)}\n  ${REACH_NOTE}\n  ${verdictLine(curve)}`;
}

export function curveMarkdown(curve: ScaleCurve): string {
  const { head, rows } = curveTable(curve);
  return `# fastblog: the scale curve on ${curve.database}\n\nMedian server time from \`Server-Timing\`, and queries, per route, mode and seed scale.\n\n${markdownTable(head, rows)}\n\n${sizesLine(curve)}.\n\n${REACH_NOTE}\n\n${verdictLine(curve)}\n`;
}

/** A log-log chart: server time against scale, one line per route and mode. */
function chart(curve: ScaleCurve): string {
  const [w, h, left, bottom] = [720, 420, 60, 40];
  const times = curve.points.map((p) => p.medianMs).filter((t) => t > 0);
  const [lo, hi] = [Math.log10(Math.min(...times)) - 0.1, Math.log10(Math.max(...times)) + 0.1];
  const [s0, s1] = [Math.log10(curve.scales[0]!), Math.log10(curve.scales.at(-1)!) || 1];
  const x = (scale: number) => left + ((Math.log10(scale) - s0) / (s1 - s0 || 1)) * (w - left - 20);
  const y = (ms: number) => h - bottom - ((Math.log10(ms) - lo) / (hi - lo)) * (h - bottom - 20);
  const ticks = [];
  for (let e = Math.ceil(lo); e <= Math.floor(hi); e += 1) ticks.push(10 ** e);
  const grid = ticks.map(
    (t) =>
      `<line x1="${left}" x2="${w - 20}" y1="${y(t)}" y2="${y(t)}" stroke="#e3e6ec"/><text x="${left - 6}" y="${y(t) + 4}" text-anchor="end" font-size="11">${escapeHtml(formatMs(t))}</text>`,
  );
  const xTicks = curve.scales.map((s) => `<text x="${x(s)}" y="${h - bottom + 16}" text-anchor="middle" font-size="11">${s}x</text>`);
  const lines = curve.verdicts.flatMap(({ route }) =>
    MODES.map((mode) => {
      const pts = curve.points.filter((p) => p.route === route && p.mode === mode).sort((a, b) => a.scale - b.scale);
      const d = pts.map((p, i) => `${i ? "L" : "M"}${x(p.scale).toFixed(1)},${y(p.medianMs).toFixed(1)}`).join("");
      return `<path d="${d}" fill="none" stroke="${COLORS[mode]}" stroke-width="1.5" opacity="0.75"><title>${escapeHtml(`${route}, ${mode}`)}</title></path>`;
    }),
  );
  return `<svg width="${w}" height="${h}" role="img" aria-label="Server time against seed scale, log-log">${grid.join("")}${xTicks.join("")}${lines.join("")}<text x="${w - 20}" y="${h - 6}" text-anchor="end" font-size="11">seed scale (log)</text></svg>`;
}

export function curveHtml(curve: ScaleCurve): string {
  const { head, rows } = curveTable(curve);
  const table = `<table><thead><tr>${head.map((c) => `<th>${escapeHtml(c)}</th>`).join("")}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join("")}</tr>`).join("")}</tbody></table>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>fastblog scale curve on ${escapeHtml(curve.database)}</title>
<style>body{font:14px/1.5 system-ui,sans-serif;max-width:960px;margin:32px auto;color:#1d2330}table{border-collapse:collapse}td,th{border-bottom:1px solid #e3e6ec;padding:4px 10px;text-align:right}td:first-child,th:first-child,td:nth-child(2),th:nth-child(2){text-align:left}.key span{display:inline-block;width:24px;height:3px;vertical-align:middle;margin:0 6px 0 16px}</style></head><body>
<h1>fastblog: the scale curve on ${escapeHtml(curve.database)}</h1>
<p>${escapeHtml(sizesLine(curve))}.</p>
<p>${escapeHtml(REACH_NOTE)}</p>
<p><strong>${escapeHtml(verdictLine(curve))}</strong></p>
<p class="key"><span style="background:${COLORS.naive}"></span>naive<span style="background:${COLORS.optimized}"></span>optimized (one line per route; hover for its name)</p>
${chart(curve)}
${table}
</body></html>`;
}
