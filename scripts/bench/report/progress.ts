/** A progress bar on stderr; one line per step where stderr is not a terminal (CI, logs). */
export class Progress {
  #done = 0;
  #total: number;
  readonly #tty = Boolean(process.stderr.isTTY);

  constructor(total: number) {
    this.#total = total;
  }

  /** Steps that will not come after all (a slow page measured fewer times than --runs). */
  drop(steps: number): void {
    this.#total = Math.max(this.#total - steps, this.#done);
  }

  step(label: string): void {
    // A step past the total (a timer that fires once more) keeps the bar full.
    this.#done = Math.min(this.#done + 1, this.#total);
    const width = 30;
    const filled = Math.round((this.#done / this.#total) * width);
    const bar = `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${this.#done}/${this.#total} ${label}`;
    if (this.#tty) process.stderr.write(`\r\x1b[2K${bar}${this.#done === this.#total ? "\n" : ""}`);
    else process.stderr.write(`${bar}\n`);
  }
}

export function log(message: string): void {
  process.stderr.write(`▸ ${message}\n`);
}
