import { may } from '../../shared/domain/capabilities';
import type { AvailabilityEntry, AvailabilityUpdate } from '../../shared/org/assignment';
import { Problem } from '../problem';
import { listAvailability, updateAvailability } from '../repos/availability-repo';
import { findUserById } from '../repos/users';
import type { Actor } from './access';
import type { ServerContext } from './context';

/** Whose availability a person sees: an admin everyone's, a lead their team's, anyone else their own. */
export function availabilityFor(ctx: ServerContext, actor: Actor): Promise<AvailabilityEntry[]> {
  if (may(actor, 'adminArea')) return listAvailability(ctx.pool, 'everyone');
  if (may(actor, 'leadsTeam') && actor.teamId) return listAvailability(ctx.pool, { teamId: actor.teamId });
  return listAvailability(ctx.pool, { userId: actor.userId });
}

/**
 * Sets a person's availability. Each person sets their own state (on shift, on leave, off); their team's lead
 * sets it too (leave), and the cap and the skills; an admin anyone's. Anyone else: 403; nobody by that id: 404.
 */
export async function setAvailability(ctx: ServerContext, actor: Actor, userId: string, update: AvailabilityUpdate): Promise<AvailabilityEntry> {
  const person = await findUserById(ctx.pool, userId);
  if (!person || !person.active) throw new Problem('not_found', 'no such active user');
  const leadsThem = may(actor, 'leadsTeam') && actor.teamId !== null && person.teamId === actor.teamId;
  const self = person.id === actor.userId;
  if (!may(actor, 'adminArea') && !leadsThem) {
    if (!self) throw new Problem('forbidden', "only the person, their team's lead or an admin sets their availability");
    if (update.cap !== undefined || update.skills !== undefined) throw new Problem('forbidden', "a cap and skills are set by the team's lead or an admin");
  }
  await updateAvailability(ctx.pool, userId, update, actor.userId, ctx.clock());
  return (await listAvailability(ctx.pool, { userId }))[0]!;
}
