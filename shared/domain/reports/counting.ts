/**
 * Counts per key, one item at a time: the keys of `order` first (zeros included), then any others in the
 * order they first came. A report over 100k complaints tallies them as they are read instead of holding them.
 */
export class Tally<K extends string> {
  private readonly counts: Map<K, number>;

  constructor(order: readonly K[] = []) {
    this.counts = new Map(order.map((k) => [k, 0]));
  }

  add(key: K): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  entries(): { key: K; count: number }[] {
    return [...this.counts].map(([key, count]) => ({ key, count }));
  }
}

/** Counts of each key, in the order given (every key present, zeros included), then any others seen. */
export function countBy<T, K extends string>(items: readonly T[], key: (item: T) => K, order: readonly K[] = []): { key: K; count: number }[] {
  const tally = new Tally(order);
  for (const item of items) tally.add(key(item));
  return tally.entries();
}

/** Counts of texts (trimmed), most frequent first, then alphabetically. */
export function countTexts(texts: readonly string[]): { text: string; count: number }[] {
  return countBy(texts.map((t) => t.trim()).filter(Boolean), (t) => t)
    .map(({ key, count }) => ({ text: key, count }))
    .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
}

/** part / whole, rounded to 4 decimals; 0 when the whole is 0. */
export const share = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000);

export const round2 = (n: number) => Math.round(n * 100) / 100;

/** The nearest-rank percentile (p in 0..100) of the values; null for none. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? null;
}

export function average(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}
