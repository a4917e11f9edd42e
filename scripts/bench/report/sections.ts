import type { BenchResult } from "../types/results";
import { budgetSection } from "./budget";
import { calibrationSection } from "./calibration";
import { comparisonSection } from "./comparison";
import { filmstripSection } from "./filmstrip";
import { lighthouseSection } from "./lighthouse";
import { queryFindingsSection } from "./query-findings";
import type { ReportSection } from "./section";

/** The sections after the main table, in the order every report shows them. */
export function extraSections(report: BenchResult): ReportSection[] {
  return [
    filmstripSection(report.filmstrip),
    queryFindingsSection(report),
    calibrationSection(report.calibration),
    lighthouseSection(report.lighthouse),
    budgetSection(report.budget),
    comparisonSection(report.comparison),
  ].filter((s): s is ReportSection => s !== null);
}
