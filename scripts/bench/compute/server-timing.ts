/** A figure of a Server-Timing header: its duration, or its description. */
export function serverTimingOf(header: string | null, name: string): { dur: number | null; desc: string | null } {
  // Entries are split at commas outside quotes (a technique list in a description has commas),
  // and at the newlines CDP puts between repeated headers.
  const entries = (header ?? "").match(/(?:[^,"\n]|"[^"]*")+/g) ?? [];
  const entry = entries.map((s) => s.trim()).find((s) => s === name || s.startsWith(`${name};`)) ?? "";
  const dur = /;\s*dur=([0-9.]+)/.exec(entry)?.[1];
  const desc = /;\s*desc="([^"]*)"/.exec(entry)?.[1];
  return { dur: dur === undefined ? null : Number(dur), desc: desc ?? null };
}
