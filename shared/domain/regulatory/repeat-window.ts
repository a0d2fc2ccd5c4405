import { DAY_MS } from './repeat-complaint';

/**
 * The instants of receipt a new complaint's earlier ones may have (UTC ISO, inclusive): from `windowDays` before
 * its call time up to it — what each side reads before running a create. Null when the call time is unreadable
 * (the create is refused for it anyway).
 */
export function repeatWindowOf(callTime: unknown, windowDays: number): { since: string; until: string } | null {
  if (typeof callTime !== 'string') return null;
  const at = Date.parse(callTime);
  if (Number.isNaN(at)) return null;
  return { since: new Date(at - windowDays * DAY_MS).toISOString(), until: new Date(at).toISOString() };
}
