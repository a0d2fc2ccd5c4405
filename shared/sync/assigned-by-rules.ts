import { SYSTEM_ACTOR } from '../domain/assignment/system-actor';

/**
 * The writer the server records for a complaint's `assignee` when its rules assigned it (field_writers), with the
 * time it did: a desk's change made before that time, by the person who took the complaint, was made while they
 * still held it, and is judged as such (the taker keeps working until the assignment reaches their desk).
 */
export const rulesWriter = (at: Date): string => `${SYSTEM_ACTOR.id}@${at.toISOString()}`;

/** When the rules assigned the complaint, from its field writers; null when its assignee was last set by a person. */
export function assignedByRulesAt(writers: Record<string, string>): Date | null {
  const writer = writers.assignee;
  if (!writer?.startsWith(`${SYSTEM_ACTOR.id}@`)) return null;
  const at = new Date(writer.slice(SYSTEM_ACTOR.id.length + 1));
  return Number.isNaN(at.getTime()) ? null : at;
}
