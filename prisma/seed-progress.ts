/**
 * How far a step of the seed is. On a terminal, one line redrawn in place with a bar; in a log
 * (CI, a pipe), a line every few seconds, or every `lineEvery` items when given, and at the end.
 */
const BAR_WIDTH = 24;
const REDRAW_MS = 100;
const LOG_LINE_MS = 3_000;

export type Progress = { update(done: number): void };

export function createProgress(label: string, total: number, { lineEvery }: { lineEvery?: number } = {}): Progress {
  const tty = process.stdout.isTTY === true;
  const started = performance.now();
  let shown = started;
  return {
    update(done) {
      const now = performance.now();
      const last = done >= total;
      const seconds = `${((now - started) / 1000).toFixed(0)} s`;
      if (tty) {
        if (!last && now - shown < REDRAW_MS) return;
        const filled = Math.round((done / Math.max(total, 1)) * BAR_WIDTH);
        const bar = `[${"#".repeat(filled)}${".".repeat(BAR_WIDTH - filled)}]`;
        process.stdout.write(`\r  ${label} ${done}/${total} ${bar} ${seconds}${last ? "\n" : ""}`);
      } else {
        const due = lineEvery === undefined ? now - shown >= LOG_LINE_MS : done % lineEvery === 0;
        if (!last && !due) return;
        process.stdout.write(`  ${label} ${done}/${total} (${seconds})\n`);
      }
      shown = now;
    },
  };
}
