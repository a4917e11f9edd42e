import type { BudgetOverrun, BudgetResult } from "../types/results";
import { formatValue } from "./format";
import type { ReportSection } from "./section";

const exact = (o: BudgetOverrun, v: number) =>
  o.unit === "bytes" ? `${formatValue(v, "bytes")} (${v.toLocaleString("en")} bytes)` : formatValue(v, o.unit);

/** One overrun in words: the mode, route and run, the figure, its value and its limit. */
export function overrunText(o: BudgetOverrun): string {
  return `${o.mode} ${o.route}, ${o.run}: ${o.figure} is ${exact(o, o.value)}, ${o.below ? "below" : "over"} its budget of ${exact(o, o.limit)}`;
}

export function budgetSection(result: BudgetResult | null): ReportSection | null {
  if (!result) return null;
  const verdict =
    result.overruns.length === 0
      ? `Within budget: all ${result.checked} checks (each limit in each run) against ${result.file} passed.`
      : `Over budget: ${result.overruns.length} of ${result.checked} checks against ${result.file} failed.`;
  return {
    title: "Budget",
    paragraphs: [verdict, ...result.notes],
    tables:
      result.overruns.length === 0
        ? []
        : [
            {
              title: "Overruns",
              head: ["mode", "route", "run", "figure", "measured", "limit"],
              rows: result.overruns.map((o) => [o.mode, o.route, o.run, o.figure, exact(o, o.value), exact(o, o.limit)]),
            },
          ],
  };
}
