import type { Actor as CommandActor } from '../../shared/domain/actor';
import { isRefusal, refuse, type Refusal } from '../../shared/domain/refusal';
import { mergeOnServer } from '../../shared/sync/conflicts';
import { callsOf, complaintIdOf, isMutationName } from '../../shared/sync/mutators';
import type { WireMutation } from '../../shared/sync/protocol';
import { resolvedFields, reviewAfter } from '../../shared/sync/review-state';
import { changedFields, runMutation } from '../../shared/sync/run-mutation';
import type { Queryable } from '../db/queryable';
import type { Actor } from '../services/access';
import { reject, type Outcome } from './audit';
import { saveCalls } from './sync-calls';
import { openForApply, placementOf, saveApplied } from './sync-repo';
import { mayAccess } from './visibility';

/**
 * One pushed mutation, inside the push's transaction: authorised against the record's owner, team and
 * branch, run through the same registry as the desk, merged field by field, written with its timeline
 * and waiting for its feed position — or stored as a rejection. Either way it is audited once under its op id.
 */
export async function applyPushed(tx: Queryable, caller: Actor, clientId: string, m: WireMutation, now: Date): Promise<void> {
  const complaintId = isMutationName(m.name) ? complaintIdOf(m.name, m.args) : '';
  const { seen, existing } = await openForApply(tx, m.opId, complaintId);
  if (seen) return;
  const outcome: Outcome = { clientId, mutationId: m.id, opId: m.opId, userId: caller.userId, name: m.name, complaintId, at: now };
  const refused = async (refusal: Refusal) => reject(tx, outcome, refusal);

  // The server acts as the authenticated person, with the role the organisation gives them now.
  const actor: CommandActor = { id: caller.employeeNo, name: caller.name, role: caller.role };
  if (m.actor.id.toLowerCase() !== caller.employeeNo.toLowerCase()) return refused(refuse('actor_mismatch', 'sync.refusal.actorMismatch'));
  if (existing && (existing.deleted || !mayAccess(caller, existing))) return refused(refuse('forbidden', 'sync.refusal.forbidden'));

  const result = runMutation(m.name, m.args, existing?.complaint ?? null, actor, new Date(m.createdAt));
  if (isRefusal(result)) return refused(result);
  // A resolution of a complaint no longer in review (another lead resolved it first) would overwrite theirs.
  if (resolvedFields(m.name, m.args).size > 0 && !existing?.needsReview) return refused(refuse('not_in_review', 'sync.refusal.notInReview'));

  const merged = existing
    ? mergeOnServer(existing.complaint, { versions: existing.fieldVersions, writers: existing.fieldWriters }, result, { clientId, baseVersions: m.baseVersions }, () => ({
        opId: m.opId,
        by: { id: actor.id, name: actor.name },
        at: m.createdAt,
      }))
    : {
        complaint: result.complaint,
        versions: Object.fromEntries(changedFields(result).map((f) => [f, result.complaint.version])),
        writers: Object.fromEntries(changedFields(result).map((f) => [f, clientId])),
        conflicts: [],
      };
  const complaint = merged.complaint;
  // Where the complaint now sits: the caller's own team and branch need no query.
  const person = complaint.assignee?.id ?? existing?.ownerNo ?? complaint.createdBy.id;
  const placement =
    person.toLowerCase() === caller.employeeNo.toLowerCase()
      ? { ownerNo: existing?.ownerNo ?? complaint.createdBy.id, assigneeNo: complaint.assignee?.id ?? null, teamId: caller.teamId, branchId: caller.branchId }
      : await placementOf(tx, existing?.ownerNo ?? complaint.createdBy.id, complaint.assignee?.id ?? null);
  const moved = existing && (existing.assigneeNo !== placement.assigneeNo || existing.teamId !== placement.teamId);
  const review = reviewAfter({ needsReview: existing?.needsReview ?? false, conflicts: existing?.conflicts ?? [] }, m.name, m.args, merged.conflicts);
  await saveApplied(
    tx,
    {
      ...placement,
      complaint,
      fieldVersions: merged.versions,
      fieldWriters: merged.writers,
      ...review,
    },
    result.events,
    moved ? existing : null,
    outcome,
  );
  await saveCalls(tx, complaint.id, callsOf(m.name, m.args));
}
