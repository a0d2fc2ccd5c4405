import { teamMembers, teamQueuePage } from '../../../db/repositories/team-queue';
import { countMissingReturnVisits } from '../../../db/repositories/return-visits';
import { returnVisitMissingBefore } from '../../../shared/domain/workflow/return-visit';
import { clockSettings } from '../org/clock-settings';
import type { TeamMember, TeamQueueInput, TeamQueuePage } from '../../../shared/api/team';
import type { Actor } from '../../../shared/domain/actor';
import { dayRangeToInstants } from '../../../shared/domain/reports/team-time';
import { DUE_SOON_DAYS } from '../../../shared/domain/workflow/deadlines';
import type { DeskContext } from '../../context';
import { toListItems } from '../complaints/list-items';
import { requireCapability } from '../require-capability';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Every complaint on the desk (once sync lands, the team's), one page at a time, filtered and sorted in SQL. */
export function teamQueue(ctx: DeskContext, actor: Actor, input: TeamQueueInput): TeamQueuePage {
  requireCapability(actor, 'teamQueue');
  const now = ctx.clock();
  const { receivedFrom, receivedTo, ...filter } = input.filter;
  const receivedRange = {
    start: receivedFrom ? dayRangeToInstants(receivedFrom, receivedFrom).start : undefined,
    end: receivedTo ? dayRangeToInstants(receivedTo, receivedTo).end : undefined,
  };
  const missingBefore = returnVisitMissingBefore(now, clockSettings(ctx));
  const page = teamQueuePage(ctx.db, {
    filter,
    receivedRange,
    now: now.toISOString(),
    dueSoonUntil: new Date(now.getTime() + DUE_SOON_DAYS * DAY_MS).toISOString(),
    returnVisitMissingBefore: missingBefore,
    sortBy: input.sortBy,
    direction: input.direction,
    offset: input.offset,
    limit: input.limit,
  });
  const items = toListItems(ctx, page.complaints).map((item, i) => ({ ...item, version: page.complaints[i]?.version ?? 1, needsReview: page.needsReview[i] ?? false }));
  return { items, total: page.total, offset: input.offset, asOf: now.toISOString(), returnVisitsMissing: countMissingReturnVisits(ctx.db, missingBefore) };
}

export function listTeamMembers(ctx: DeskContext, actor: Actor): TeamMember[] {
  requireCapability(actor, 'teamQueue');
  return teamMembers(ctx.db);
}
