import type { ParsedInput } from '../../../shared/api/contract';
import type { ReassignOutcome } from '../../../shared/api/team';
import type { Actor } from '../../../shared/domain/actor';
import type { DeskContext } from '../../context';
import { DeskError } from '../../desk-error';
import { runWorkflowCall } from '../workflow/workflow-commands';
import { requireCapability } from '../require-capability';

/**
 * Each complaint goes through complaints.assign's own use case (its rules, its transaction, one timeline
 * entry and one outbox mutation), so a refusal or a stale version stops that complaint only.
 */
export function bulkReassign(ctx: DeskContext, actor: Actor, input: ParsedInput<'team.reassign'>): { outcomes: ReassignOutcome[] } {
  requireCapability(actor, 'reassign');
  const outcomes = input.complaints.map(({ id, baseVersion }): ReassignOutcome => {
    try {
      const { complaint } = runWorkflowCall(ctx, actor, 'complaint.assign', { id, baseVersion, assignee: input.assignee });
      return { id, ok: true, version: complaint.version };
    } catch (error) {
      if (!(error instanceof DeskError)) throw error;
      return { id, ok: false, messageKey: error.body.messageKey, ...(error.body.params ? { params: error.body.params } : {}) };
    }
  });
  return { outcomes };
}
