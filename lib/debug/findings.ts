import type { PrismaCall } from "./query-record";
import { describeRepeat, isGrowing, namesItsRows, pinsOneParent, suggestCounter, suggestEagerLoad } from "./relations";
import type { Finding, FindingKind } from "../contract/debug-detail";

/**
 * What a request's queries did wrong, and where, in the spirit of Bullet and nplusone: each
 * finding names its call site (the line in the project's own code that made the queries), the
 * statement's shape, the technique that fixes it and the fix in Prisma's terms. Pure functions
 * over what the request recorded; ./call-sites.ts gives the lines.
 */

/** A statement as the detector sees it: what it ran, and the Prisma call and line it came from. */
export type TrackedStatement = {
  sql: string;
  params: string;
  durationMs: number;
  call?: PrismaCall;
  callSite: string | null;
};

export type Thresholds = {
  /** One shape from one call site, run at least this many times with other parameters, is an N+1. */
  nPlusOne: number;
};

/** Where each kind is fixed when its call site is not inside a technique's module. */
const DEFAULT_TECHNIQUE: Record<FindingKind, string> = {
  "n-plus-one": "eager-loading",
  duplicate: "eager-loading",
  "counter-cache": "counts",
  unbounded: "exists",
  "repeated-first": "first-item",
  "unused-eager-load": "eager-loading",
};

const TRANSACTION_CONTROL = /^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|START TRANSACTION)\b/i;

/** `IN (?,?,?)` and `IN ($1,$2,$3)` are one shape, however many values the list has. */
export function statementShape(sql: string): string {
  return sql.replace(/\bIN\s*\((\s*(\?|\$\d+)\s*,?)+\)/gi, "IN (?)");
}

/** Every finding of one request's statements, the heaviest first; `techniqueFix` gives the line of a technique's optimized variant. */
export function findFindings(
  statements: TrackedStatement[],
  thresholds: Thresholds,
  techniqueFix: (technique: string) => string | null,
): Finding[] {
  const reads = statements.filter((s) => !TRANSACTION_CONTROL.test(s.sql));
  const found = merged([...nPlusOnes(reads, thresholds), ...duplicates(reads), ...callFindings(reads)]);
  return found
    .map(({ kind, statements: covered, suggestion }) => {
      const callSite = mostCommon(covered.map((s) => s.callSite));
      const name = /^lib\/techniques\/([\w-]+)\.ts:/.exec(callSite ?? "")?.[1] ?? DEFAULT_TECHNIQUE[kind];
      return {
        kind,
        count: covered.length,
        durationMs: covered.reduce((sum, s) => sum + s.durationMs, 0),
        callSite,
        sql: statementShape(covered[0]!.sql),
        technique: { name, fix: techniqueFix(name) },
        suggestion,
      };
    })
    .sort((a, b) => b.durationMs - a.durationMs || b.count - a.count);
}

type Found = { kind: FindingKind; statements: TrackedStatement[]; suggestion: string };

/** Findings of one kind from one call site and one statement shape are one finding: twenty unbounded calls in a loop are one line to fix. */
function merged(found: Found[]): Found[] {
  const byPlace = groupBy(found, (f) => `${f.kind}\u0000${f.statements[0]!.callSite ?? ""}\u0000${statementShape(f.statements[0]!.sql)}`);
  return [...byPlace.values()].map((group) => ({ ...group[0]!, statements: group.flatMap((f) => f.statements) }));
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}

function mostCommon(values: (string | null)[]): string | null {
  const counts = groupBy(values, (v) => v ?? "");
  const [best] = [...counts.entries()].sort((a, b) => b[1].length - a[1].length);
  return best?.[0] || null;
}

/** One shape from one call site, at least `nPlusOne` times, not all with the same parameters: sequential or concurrent alike. */
function nPlusOnes(statements: TrackedStatement[], { nPlusOne }: Thresholds): Found[] {
  const groups = groupBy(statements, (s) => `${s.callSite ?? ""}\u0000${statementShape(s.sql)}`);
  const found: Found[] = [];
  for (const group of groups.values()) {
    if (group.length < nPlusOne || new Set(group.map((s) => s.params)).size < 2) continue;
    const call = group.find((s) => s.call)?.call;
    const repeat = call ? describeRepeat(call) : null;
    const counted = call && isOnlyCounted(group);
    const suggestion = repeat
      ? `${repeat.description}. Load it with the ${repeat.parent} query: ${counted ? (suggestCounter(call) ?? suggestEagerLoad(repeat)) : suggestEagerLoad(repeat)}.`
      : "Load the rows with the query that lists their parents (`include`, or a nested `select`), or in one query with `where: { id: { in: ids } }`.";
    found.push({ kind: "n-plus-one", statements: group, suggestion });
  }
  return found;
}

/** The same SQL with the same parameters, run twice or more: the finding covers the runs that repeated an earlier one. */
function duplicates(statements: TrackedStatement[]): Found[] {
  const groups = groupBy(statements, (s) => `${s.sql}\u0000${s.params}`);
  return [...groups.values()]
    .filter((group) => group.length > 1)
    .map((group) => ({
      kind: "duplicate" as const,
      statements: group.slice(1),
      suggestion:
        "The same query ran again with the same parameters: load the rows once, with the query that lists them (`include`), and reuse them.",
    }));
}

function isOnlyCounted(group: TrackedStatement[]): boolean {
  const calls = new Set(group.map((s) => s.call).filter((c): c is PrismaCall => c !== undefined));
  return calls.size > 0 && [...calls].every((c) => c.operation === "findMany" && c.usage.lengthRead && !c.usage.rowsRead);
}

/** The findings read off each Prisma call once: what it loaded, and what the code read of it. */
function callFindings(statements: TrackedStatement[]): Found[] {
  const byCall = groupBy(
    statements.filter((s) => s.call),
    (s) => String(s.call!.id),
  );
  const listed = new Map<string, Set<unknown>>();
  const found: Found[] = [];
  for (const group of byCall.values()) {
    const call = group[0]!.call!;
    const { usage, model, operation } = call;
    if (operation === "findMany" && usage.lengthRead && !usage.rowsRead)
      found.push({
        kind: "counter-cache",
        statements: group,
        suggestion: `${model} rows were loaded only to be counted: ${suggestCounter(call) ?? `ask \`${lowerFirst(model!)}.count()\`, or select the relation's \`_count\``}.`,
      });
    if (operation === "findMany" && model && isGrowing(model) && !hasTake(call.args) && !pinsOneParent(call) && !namesItsRows(call))
      found.push({
        kind: "unbounded",
        statements: group,
        suggestion: `findMany without \`take\` reads every matching ${model} row, and ${model} grows with the blog: page it with \`take\`, or ask only what the page needs (\`findFirst\` to test that one exists, a kept count to count).`,
      });
    if (operation.startsWith("findFirst") && model && usage.ids.some((id) => listed.get(model)?.has(id)))
      found.push({
        kind: "repeated-first",
        statements: group,
        suggestion: `${operation} asked the database again for a ${model} row the request had loaded already with a list: take it from that list (\`rows[0]\`), as Django's \`[0]\` does where \`.first()\` queries.`,
      });
    const unused = call.relations.filter((field) => usage.rows > 0 && !usage.relationsRead.has(field));
    if (unused.length > 0)
      found.push({
        kind: "unused-eager-load",
        statements: group,
        suggestion: `${model}.${unused.join(`, ${model}.`)} ${unused.length === 1 ? "was" : "were"} loaded with the rows but never read: take ${unused.map((f) => `\`${f}\``).join(", ")} out of the \`include\` or \`select\`.`,
      });
    if (operation === "findMany" && model) listed.set(model, new Set([...(listed.get(model) ?? []), ...usage.ids]));
  }
  return found;
}

function hasTake(args: unknown): boolean {
  return typeof args === "object" && args !== null && (args as { take?: unknown }).take !== undefined;
}

const lowerFirst = (text: string) => text[0]!.toLowerCase() + text.slice(1);
