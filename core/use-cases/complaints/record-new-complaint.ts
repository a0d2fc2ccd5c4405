import type { Agent } from '../../../shared/api/session';
import type { Complaint } from '../../../shared/domain/complaint';
import type { IntakeData } from '../../../shared/domain/intake';
import { intakeIssuesAt } from '../../../shared/domain/intake-checks';
import { complaintNumber } from '../../../shared/domain/commands/create-complaint';
import { callSnapshot, findCall, linkCallToComplaint } from '../../../db/repositories/calls';
import { deleteDraft } from '../../../db/repositories/drafts';
import { enqueueForIndexing } from '../../../db/repositories/search-queue';
import type { DeskContext } from '../../context';
import { DeskError } from '../../desk-error';
import { applyMutation } from '../workflow/apply-mutation';
import { readTaxonomy } from '../taxonomy/organisation-taxonomy';

/** The intake, plus the draft it was typed in (desk-local) and the call it was taken on (synced with the complaint). */
export type NewComplaintInput = IntakeData & { draftId?: string; callId?: string };

/** The taker's branch, when the desk knows it (from the server's profile at sign-in); the server's replaces it at the next pull. */
const branchOf = (agent: Agent) => (agent.branchId && agent.branchName ? { id: agent.branchId, name: agent.branchName } : null);

/**
 * The complaint, its draft's removal and its call's link commit together: a crash can leave either
 * the draft (nothing saved) or the complaint (no draft), never both or neither.
 */
export function recordNewComplaint(ctx: DeskContext, actor: Agent, input: NewComplaintInput): Complaint {
  const { draftId, callId, ...intake } = input;
  const issues = intakeIssuesAt(intake, readTaxonomy(ctx), ctx.clock());
  if (issues.length > 0) {
    throw new DeskError({ code: 'validation', messageKey: 'errors.validation', issues: issues.map((i) => ({ path: i.path, messageKey: i.message })) });
  }
  const id = ctx.newId();
  const callBefore = callId ? findCall(ctx.db, callId) : null;
  const callWasOn = callBefore?.complaintId ?? null;
  const command = { id, number: complaintNumber(id, intake.callTime), eventId: ctx.newId(), intake, ...(callBefore ? { call: callSnapshot(callBefore) } : {}) };
  const complaint = applyMutation(ctx, actor, 'complaint.create', command, {
    branch: branchOf(actor),
    alsoInTransaction: () => {
      if (draftId) deleteDraft(ctx.db, draftId, actor.id);
      if (callId && !linkCallToComplaint(ctx.db, callId, id)) throw DeskError.of('not_found', 'calls.errors.callNotFound');
      // A call moved here from another complaint no longer finds that one by its number.
      if (callWasOn) enqueueForIndexing(ctx.db, [callWasOn]);
    },
  });
  const call = callId ? findCall(ctx.db, callId) : null;
  if (call) ctx.events.emit('call.updated', { call });
  return complaint;
}
