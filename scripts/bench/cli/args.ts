import { parseArgs } from "node:util";

/** A mistake on the command line: the command prints its message and exits 2. */
export class UsageError extends Error {}

/** What one option does to the options: `value` is what followed it, `flag` how it was spelled. */
export type OptionSpec<T> = { type: "string" | "boolean"; set: (options: T, value: string | undefined, flag: string) => void };

/**
 * Reads a command line with node:util's parseArgs, so that `--runs=3` and `--runs 3` are one,
 * and applies each option in the order given, from `defaults`. parseArgs runs non-strict: each
 * command checks its own values and says in its own words what was wrong, and anything it does
 * not know (an unknown flag, a stray word, `--`) goes to `unknown`. `--help` or `-h` wins
 * over whatever follows it.
 */
export function parseOptions<T>(
  argv: string[],
  defaults: T,
  specs: Record<string, OptionSpec<T>>,
  unknown: (flag: string) => UsageError,
): T | "help" {
  const config = Object.fromEntries(Object.entries(specs).map(([name, spec]) => [name, { type: spec.type }]));
  const { tokens } = parseArgs({
    args: argv,
    options: { ...config, help: { type: "boolean", short: "h" } },
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const options = defaults;
  for (const token of tokens) {
    if (token.kind === "option" && token.name === "help") return "help";
    const spec = token.kind === "option" && Object.hasOwn(specs, token.name) ? specs[token.name]! : null;
    if (!spec || token.kind !== "option")
      throw unknown(token.kind === "option" ? token.rawName : token.kind === "positional" ? token.value : "--");
    spec.set(options, token.value, token.rawName);
  }
  return options;
}

/** A boolean option given a value (`--ablation=yes`) is a mistake, not a yes. */
export function noValue(flag: string, value: string | undefined): void {
  if (value !== undefined) throw new UsageError(`${flag} takes no value; got "${value}".`);
}
