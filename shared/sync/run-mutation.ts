import type { Actor } from '../domain/actor';
import type { Complaint } from '../domain/complaint';
import type { CommandResult } from '../domain/commands/create-complaint';
import { refuse, type Refusal } from '../domain/refusal';
import { refuseInvalid } from '../domain/workflow/guards';
import { NOTHING_RECORDED, type MutationFacts } from './mutation-facts';
import { isMutationName, MUTATORS, type Mutator, type MutatorEntry, type Shift } from './mutators';

/**
 * Runs mutation `name` on `state` through the registry: unknown names and arguments outside the
 * mutation's schema are refusals, like any rule the command itself checks, so a bad mutation is
 * recorded as rejected instead of stopping whoever replays it. The claims are checked on the
 * arguments as sent; then `shift` (the server's clock correction; none on the desk) moves the
 * times the desk's clock read, and the command runs at `now` (already moved by the caller) with the
 * facts its runner read (review state, the attachment it names; by default a complaint with neither).
 */
export function runMutation(
  name: string,
  args: unknown,
  state: Complaint | null,
  actor: Actor,
  now: Date,
  { facts = NOTHING_RECORDED, shift }: { facts?: MutationFacts; shift?: Shift } = {},
): CommandResult | Refusal {
  if (!isMutationName(name)) return refuse('unknown_mutation', 'sync.refusal.unknownMutation', { name });
  const mutator: MutatorEntry = MUTATORS[name];
  const parsed = mutator.args.safeParse(args);
  if (!parsed.success) return refuseInvalid('args_invalid', parsed.error);
  const claimed = mutator.claims?.(parsed.data as never) ?? null;
  if (claimed) return claimed;
  const timed = shift && mutator.times ? mutator.times(parsed.data as never, shift) : parsed.data;
  return (mutator.run as Mutator<unknown>)(state, timed, actor, now, facts);
}

/** The fields a result changed, as its timeline event names them (intake fields, stages.solution, assignee …). */
export function changedFields(result: CommandResult): string[] {
  return [...new Set(result.events.flatMap((e) => e.changes.map((c) => c.field)))];
}
