/** A text table: the first column left-aligned, the others right-aligned, a rule under the head. */
export function alignedTable(head: string[], rows: string[][], indent = ""): string {
  const body = [head, ...rows];
  const widths = head.map((_, i) => Math.max(...body.map((row) => (row[i] ?? "").length)));
  const line = (row: string[]) => indent + row.map((text, i) => (i === 0 ? text.padEnd(widths[i]!) : text.padStart(widths[i]!))).join("  ");
  return [line(head), indent + widths.map((w) => "─".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/** A Markdown table: the first column left-aligned, the others right-aligned. */
export function markdownTable(head: string[], rows: string[][]): string {
  const escape = (text: string) => text.replaceAll("|", "\\|");
  return [
    `| ${head.map(escape).join(" | ")} |`,
    `|${head.map((_, i) => (i === 0 ? "---" : "---:")).join("|")}|`,
    ...rows.map((row) => `| ${row.map(escape).join(" | ")} |`),
  ].join("\n");
}
