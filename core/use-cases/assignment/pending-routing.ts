import { chooseRule, type RuleRef } from '../../../shared/domain/assignment/route-complaint';
import { routingFactsOf } from '../../../shared/domain/assignment/routing-facts';
import type { Actor } from '../../../shared/domain/actor';
import { complaintBranchId, hasPendingCreate } from '../../../db/repositories/pending-create';
import type { DeskContext } from '../../context';
import { loadComplaintFor } from '../complaints/complaint-scope';
import { assignmentSettings } from './assignment-settings';

/**
 * "将按规则分派": the rule the server will assign this complaint by, while its create has not reached the
 * server (from the rules this desk cached); null once the server has it, or when no rule sends it to a team.
 * Only a hint: the desk never assigns by rules itself (docs/sync.md), the server decides with its roster.
 */
export function pendingRouting(ctx: DeskContext, actor: Actor, id: string): { rule: RuleRef | null } {
  const complaint = loadComplaintFor(ctx.db, id, actor);
  if (!hasPendingCreate(ctx.db, id)) return { rule: null };
  const chosen = chooseRule(assignmentSettings(ctx).rules, routingFactsOf(complaint, { branchId: complaintBranchId(ctx.db, id) }));
  return { rule: chosen && chosen.target.kind === 'team' ? chosen.rule : null };
}
