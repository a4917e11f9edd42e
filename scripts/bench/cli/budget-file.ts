import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import type { BudgetEntry } from "../types/settings";
import { UsageError } from "./args";

const SCHEMA = JSON.parse(readFileSync(new URL("../budget.schema.json", import.meta.url), "utf8")) as object;

/**
 * Reads a budget file and checks it against scripts/bench/budget.schema.json, so that a typo
 * ("resourceSize", a budget of "20KB") stops the benchmark before it runs, saying where.
 */
export function readBudget(file: string): BudgetEntry[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new UsageError(`--budget ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const validate = new Ajv({ allErrors: true }).compile<BudgetEntry[]>(SCHEMA);
  if (!validate(parsed)) {
    const problems = (validate.errors ?? []).map((e) => {
      const extra = (e.params as { additionalProperty?: string }).additionalProperty;
      return `${e.instancePath || "the file"} ${e.message ?? "is not valid"}${extra ? `: "${extra}"` : ""}`;
    });
    throw new UsageError(`--budget ${file} does not match scripts/bench/budget.schema.json:\n  - ${problems.join("\n  - ")}`);
  }
  return parsed;
}
