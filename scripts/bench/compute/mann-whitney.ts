/**
 * The Mann-Whitney U test (Wilcoxon rank-sum), two-sided: do two sets of runs come from the
 * same distribution? Non-parametric, as benchmark runs call for: it uses only their order, so
 * one slow outlier cannot decide it. Exact (every way of splitting the pooled runs, ties given
 * their mid-ranks) up to EXACT_LIMIT splits, the normal approximation with tie correction beyond.
 */
const EXACT_LIMIT = 200_000;

/** Mid-ranks (1-based) of the pooled values: tied values share the mean of their ranks. */
function midRanks(values: number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const ranks = new Array<number>(values.length);
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]![0] === order[start]![0]) end += 1;
    for (let k = start; k <= end; k += 1) ranks[order[k]![1]] = (start + end) / 2 + 1;
    start = end + 1;
  }
  return ranks;
}

function binomial(n: number, k: number): number {
  let result = 1;
  for (let i = 1; i <= k; i += 1) result = (result * (n - k + i)) / i;
  return result;
}

/** Every rank sum a first sample of size `k` can have, over all splits of `ranks`. */
function rankSums(ranks: number[], k: number): number[] {
  const sums: number[] = [];
  const walk = (from: number, left: number, sum: number) => {
    if (left === 0) return void sums.push(sum);
    for (let i = from; i <= ranks.length - left; i += 1) walk(i + 1, left - 1, sum + ranks[i]!);
  };
  walk(0, k, 0);
  return sums;
}

function normalTail(z: number): number {
  // Abramowitz and Stegun 7.1.26, to about 1e-7: plenty for a verdict at 5 %.
  const t = 1 / (1 + 0.3275911 * Math.abs(z));
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return poly * Math.exp(-(z * z) / 2);
}

/** The two-sided p-value of the Mann-Whitney U test of `a` against `b` (1 when either is empty). */
export function mannWhitneyP(a: number[], b: number[]): number {
  if (a.length === 0 || b.length === 0) return 1;
  const ranks = midRanks([...a, ...b]);
  const observed = ranks.slice(0, a.length).reduce((sum, r) => sum + r, 0);
  const mean = (a.length * (a.length + b.length + 1)) / 2;
  const distance = Math.abs(observed - mean) - 1e-9;
  if (binomial(a.length + b.length, a.length) <= EXACT_LIMIT) {
    const sums = rankSums(ranks, a.length);
    return sums.filter((s) => Math.abs(s - mean) >= distance).length / sums.length;
  }
  const n = a.length + b.length;
  const ties = [...new Set(ranks)].map((r) => ranks.filter((x) => x === r).length).reduce((sum, t) => sum + t ** 3 - t, 0);
  const variance = ((a.length * b.length) / 12) * (n + 1 - ties / (n * (n - 1)));
  if (variance === 0) return 1;
  return Math.min(1, 2 * normalTail(Math.abs(observed - mean) / Math.sqrt(variance)));
}

/** The smallest p the test can give with these sample sizes: below the threshold, no verdict is possible. */
export function smallestP(sizeA: number, sizeB: number): number {
  return 2 / binomial(sizeA + sizeB, sizeA);
}
