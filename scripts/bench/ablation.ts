import type { Browser } from "playwright-core";
import { TECHNIQUES, type Technique } from "../../lib/mode";
import type { AblationTable } from "./report-model";
import { formatBytes, formatMs, median } from "./stats";
import { measureRun, type Conditions, type RunRecord } from "./views";

type Variant = { label: string; techniques: string; technique: Technique; kind: "alone" | "without" };

function variants(): Variant[] {
  return TECHNIQUES.flatMap((t) => [
    { label: `naive + ${t}`, techniques: t, technique: t, kind: "alone" as const },
    { label: `optimized − ${t}`, techniques: TECHNIQUES.filter((o) => o !== t).join(","), technique: t, kind: "without" as const },
  ]);
}

export function ablationRunCount(): number {
  return variants().length;
}

/** Each technique switched on alone on top of naive, and off alone from optimized. */
export async function runAblation(browser: Browser, base: string, route: string, runs: number, conditions: Conditions, onRun: (label: string) => void): Promise<RunRecord[]> {
  const records: RunRecord[] = [];
  for (const variant of variants()) {
    for (let run = 1; run <= runs; run += 1) {
      const record = await measureRun(browser, base, route, variant.techniques, run, conditions);
      records.push(record);
      onRun(`${variant.label} run ${run}: ${formatMs(record.first.loadMs)}`);
    }
  }
  return records;
}

/**
 * Ranks the techniques by the load time each saves: switched on alone (naive minus
 * "naive + t") and switched off alone ("optimized − t" minus optimized), averaged.
 */
export function ablationTable(records: RunRecord[], baseline: RunRecord[]): AblationTable {
  const loadOf = (mode: string, from: RunRecord[] = records) => median(from.filter((r) => r.mode === mode).map((r) => r.first.loadMs));
  const bytesOf = (mode: string) => median(records.filter((r) => r.mode === mode).map((r) => r.first.transferBytes));
  const naive = loadOf("naive", baseline);
  const optimized = loadOf("optimized", baseline);
  // A score is the mean of two differences, one against each baseline; a score smaller than
  // half the mean spread of the baselines' own runs cannot be told from noise.
  const rangeOf = (mode: string) => {
    const loads = baseline.filter((r) => r.mode === mode).map((r) => r.first.loadMs);
    return loads.length > 1 ? Math.max(...loads) - Math.min(...loads) : 0;
  };
  const noiseMs = (rangeOf("naive") + rangeOf("optimized")) / 4;
  const ranked = TECHNIQUES.map((t) => {
    const alone = variants().find((v) => v.technique === t && v.kind === "alone")!;
    const without = variants().find((v) => v.technique === t && v.kind === "without")!;
    const gainAlone = naive - loadOf(alone.techniques);
    const lossWithout = loadOf(without.techniques) - optimized;
    return { t, alone, without, gainAlone, lossWithout, score: (gainAlone + lossWithout) / 2 };
  }).sort((a, b) => b.score - a.score);
  const rows = ranked.map((r, i) => [
    `${i + 1}. ${r.t}`,
    `${formatMs(loadOf(r.alone.techniques))} · ${formatBytes(bytesOf(r.alone.techniques))}`,
    formatMs(r.gainAlone),
    `${formatMs(loadOf(r.without.techniques))} · ${formatBytes(bytesOf(r.without.techniques))}`,
    formatMs(r.lossWithout),
    r.score > noiseMs ? "clear" : "within noise",
  ]);
  const unclear = ranked.filter((r) => r.score <= noiseMs).map((r) => r.t);
  const top = ranked[0]!.t;
  const verdict =
    top === "pagination"
      ? "Pagination saves the most load time here too, as the original author found."
      : `Here ${top} saves the most load time, not pagination as the original author found; pagination ranks ${ranked.findIndex((r) => r.t === "pagination") + 1} of ${ranked.length}.`;
  return {
    head: ["technique (ranked)", "naive + it: load · bytes", "saves", "optimized − it: load · bytes", "costs when removed", "signal"],
    rows,
    verdict: [
      verdict,
      `Baselines: naive ${formatMs(naive)}, optimized ${formatMs(optimized)}.`,
      unclear.length > 0 ? `The effect of ${unclear.join(", ")} is smaller than the runs' own spread (${formatMs(noiseMs)}): within noise at this number of runs.` : "",
    ]
      .filter(Boolean)
      .join(" "),
  };
}
