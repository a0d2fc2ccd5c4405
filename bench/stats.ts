/** Runs of each kind measured first and thrown away: statement compilation, page cache, JIT. */
export const WARM_UP_RUNS = 20;

/** The samples without the first `runs` (the warm-up). */
export function afterWarmUp<T>(samples: readonly T[], runs = WARM_UP_RUNS): T[] {
  return samples.slice(runs);
}

/** Percentile of a list of durations (nearest-rank). */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export function timeMs(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export async function timeMsAsync(fn: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export const round = (n: number, digits = 3) => Number(n.toFixed(digits));

export function rssMb(): number {
  return round(process.memoryUsage().rss / 1024 / 1024, 1);
}

/** One line per figure: BENCH <id> <what> ratio=<x> goal=<≤|≥><y> key=value … */
export function benchLine(id: string, what: string, figures: Record<string, string | number>): string {
  const rest = Object.entries(figures)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
  return `BENCH ${id} ${what} ${rest}`;
}
