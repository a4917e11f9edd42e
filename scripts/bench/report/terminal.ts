import path from "node:path";
import type { BenchResult } from "../types/results";
import { ablationTable } from "./ablation-table";
import { floorLines } from "./floor";
import { headline } from "./headline";
import { terminalTable } from "./main-table";
import { extraSections } from "./sections";
import { alignedTable } from "./table";

/** What the command prints at the end: each route's table, the floor, the ablation, the warnings and where the reports went. */
export function terminalSummary(report: BenchResult, out: string, elapsedMs: number): string {
  const lines = report.routes.map((route) => `\n${route.route}: ${headline(route, report.database)}\n\n${terminalTable(route.rows)}`);
  lines.push(
    `\nPhysical floor (round trips in a row × latency + bytes before load ÷ bandwidth):\n${floorLines(report.floors, report.profile).join("\n")}`,
  );
  if (report.ablation) {
    const ablation = ablationTable(report.ablation, report.database);
    lines.push(`\nAblation: ${ablation.verdict}\n\n${alignedTable(ablation.head, ablation.rows, "  ")}`);
  }
  for (const section of extraSections(report)) {
    lines.push(`\n${section.title}\n${section.paragraphs.map((p) => `  ${p}`).join("\n")}`);
    for (const t of section.tables) if (t.rows.length > 0) lines.push(`\n  ${t.title}\n${alignedTable(t.head, t.rows, "  ")}`);
  }
  for (const warning of report.warnings) lines.push(`\n⚠ ${warning}`);
  lines.push(`\n"!" marks a timing whose runs vary by more than half the median. Reports: ${path.join(out, "latest.{json,md,html}")}`);
  lines.push(`The benchmark took ${(elapsedMs / 1000).toFixed(0)} s.`);
  return lines.join("\n");
}
