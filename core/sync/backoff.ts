/**
 * Exponential backoff with full jitter (AWS's "full jitter"): the n-th consecutive failure waits a random
 * time up to base·2ⁿ, capped — desks of a branch that lost the link together do not return in step.
 */
export function backoffDelay(failures: number, random: () => number, baseMs = 1_000, maxMs = 60_000): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(failures, 30));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
