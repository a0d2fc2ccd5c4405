import type { Actor } from '../domain/actor';
import type { Complaint } from '../domain/complaint';
import type { CommandResult } from '../domain/commands/create-complaint';
import { refuse, type Refusal } from '../domain/refusal';
import { refuseInvalid } from '../domain/workflow/guards';
import { isMutationName, MUTATORS, type Mutator } from './mutators';

/**
 * Runs mutation `name` on `state` through the registry: unknown names and arguments outside the
 * mutation's schema are refusals, like any rule the command itself checks, so a bad mutation is
 * recorded as rejected instead of stopping whoever replays it.
 */
export function runMutation(name: string, args: unknown, state: Complaint | null, actor: Actor, now: Date): CommandResult | Refusal {
  if (!isMutationName(name)) return refuse('unknown_mutation', 'sync.refusal.unknownMutation', { name });
  const mutator = MUTATORS[name];
  const parsed = mutator.args.safeParse(args);
  if (!parsed.success) return refuseInvalid('args_invalid', parsed.error);
  return (mutator.run as Mutator<unknown>)(state, parsed.data, actor, now);
}

/** The fields a result changed, as its timeline event names them (intake fields, stages.solution, assignee …). */
export function changedFields(result: CommandResult): string[] {
  return [...new Set(result.events.flatMap((e) => e.changes.map((c) => c.field)))];
}
