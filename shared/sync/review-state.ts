import { resolvedFieldsOf } from './mutators';
import type { ReviewState } from './mutation-facts';
import type { FieldConflict } from './protocol';

export type { ReviewState } from './mutation-facts';


/**
 * A complaint's review state after a mutation: conflicts on the fields a resolution decided are gone,
 * new ones (this mutation clashed on a designated field) join, and the flag stays while any remain.
 * The server applies it to what it stores; the desk to its copy, at once, before the server confirms.
 */
export function reviewAfter(before: ReviewState, name: string, args: unknown, added: readonly FieldConflict[]): ReviewState {
  const resolved = resolvedFieldsOf(name, args);
  const kept = resolved.size === 0 ? before.conflicts : before.conflicts.filter((c) => !resolved.has(c.field));
  const conflicts = [...kept, ...added];
  return { conflicts, needsReview: conflicts.length > 0 || (resolved.size === 0 && before.needsReview) };
}
