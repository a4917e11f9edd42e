import type { BenchResult } from "../types/results";
import { ablationTable } from "./ablation-table";
import { findingTables } from "./findings";
import { FLOOR_NOTE, floorTable } from "./floor";
import { headline, metaLine } from "./headline";
import { headOf, tableRows } from "./main-table";
import type { TextTable } from "./section";
import { extraSections } from "./sections";
import { markdownTable } from "./table";

/** A list's title and table, or its title and "none". */
function section(table: TextTable): string[] {
  return [`**${table.title}**`, "", table.rows.length > 0 ? markdownTable(table.head, table.rows) : "none", ""];
}

function routeSections(report: BenchResult): string[] {
  return report.routes.flatMap((r) => [
    `## ${r.route}`,
    "",
    headline(r, report.database),
    "",
    markdownTable(headOf(r.rows), tableRows(r.rows)),
    "",
    "### Compression and caching, in the median run of each mode",
    "",
    ...r.findings.flatMap(findingTables).flatMap(section),
  ]);
}

/** The Markdown summary: the main table per route, the floor, the lists, the ablation and the warnings. */
export function markdownReport(report: BenchResult): string {
  const floor = floorTable(report.floors, report.profile);
  const lines = [
    `# fastblog benchmark on ${report.database}`,
    "",
    metaLine(report),
    "",
    ...routeSections(report),
    "## Physical floor",
    "",
    FLOOR_NOTE,
    "",
    markdownTable(floor.head, floor.rows),
    "",
  ];
  if (report.ablation) {
    const ablation = ablationTable(report.ablation, report.database);
    lines.push("## Ablation", "", ablation.verdict, "", markdownTable(ablation.head, ablation.rows), "");
  }
  for (const s of extraSections(report))
    lines.push(`## ${s.title}`, "", ...s.paragraphs.flatMap((p) => [p, ""]), ...s.tables.flatMap(section));
  if (report.warnings.length > 0) lines.push("## Warnings", "", ...report.warnings.map((w) => `- ${w}`), "");
  return lines.join("\n");
}
