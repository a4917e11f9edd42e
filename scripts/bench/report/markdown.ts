import type { BenchReport, TextTable } from "../types/results";
import { FLOOR_NOTE, floorTable } from "./floor";
import { HEAD, tableRows } from "./main-table";
import { extraSections } from "./sections";
import { markdownTable } from "./table";

/** A list's title and table, or its title and "none". */
function section(table: TextTable): string[] {
  return [`**${table.title}**`, "", table.rows.length > 0 ? markdownTable(table.head, table.rows) : "none", ""];
}

function routeSections(report: BenchReport): string[] {
  return report.routes.flatMap((r) => [
    `## ${r.route}`,
    "",
    r.headline,
    "",
    markdownTable(HEAD, tableRows(r.rows)),
    "",
    "### Compression and caching, in the median run of each mode",
    "",
    ...r.findings.flatMap(section),
  ]);
}

/** The Markdown summary: the main table per route, the floor, the lists, the ablation and the warnings. */
export function markdownReport(report: BenchReport): string {
  const floor = floorTable(report.floors, report.profile);
  const lines = [
    `# fastblog benchmark on ${report.database}`,
    "",
    report.meta,
    "",
    ...routeSections(report),
    "## Physical floor",
    "",
    FLOOR_NOTE,
    "",
    markdownTable(floor.head, floor.rows),
    "",
  ];
  if (report.ablation)
    lines.push("## Ablation", "", report.ablation.verdict, "", markdownTable(report.ablation.head, report.ablation.rows), "");
  for (const s of extraSections(report))
    lines.push(`## ${s.title}`, "", ...s.paragraphs.flatMap((p) => [p, ""]), ...s.tables.flatMap(section));
  if (report.warnings.length > 0) lines.push("## Warnings", "", ...report.warnings.map((w) => `- ${w}`), "");
  return lines.join("\n");
}
