import type { Actor as CommandActor } from '../../shared/domain/actor';
import { isRefusal, refuse } from '../../shared/domain/refusal';
import { mergeOnServer } from '../../shared/sync/conflicts';
import { callsOf, complaintIdOf, isMutationName } from '../../shared/sync/mutators';
import type { WireMutation } from '../../shared/sync/protocol';
import { resolvedFields, reviewAfter } from '../../shared/sync/review-state';
import { changedFields, runMutation } from '../../shared/sync/run-mutation';
import type { Queryable } from '../db/queryable';
import type { Actor } from '../services/access';
import { BatchAttachments } from './batch-attachments';
import type { Outcome, PushWrites } from './push-writes';
import { openBatch, placementOf, type StoredComplaint } from './sync-repo';
import { mayAccess, type Placement } from './visibility';

/**
 * One push batch's mutations, in order, inside the push's transaction: one read for the batch (op ids
 * seen, complaints locked), each mutation run on the state the ones before it left, one write at the end.
 */
export class PushBatch {
  private constructor(
    private readonly tx: Queryable,
    private readonly seen: Set<string>,
    private readonly current: Map<string, StoredComplaint>,
    private readonly attachments: BatchAttachments,
    readonly writes: PushWrites,
  ) {}

  private readonly placements = new Map<string, Promise<Placement>>();

  static async open(tx: Queryable, mutations: readonly WireMutation[], writes: PushWrites): Promise<PushBatch> {
    const { seen, existing } = await openBatch(
      tx,
      mutations.map((m) => m.opId),
      mutations.map(complaintOf),
    );
    return new PushBatch(tx, seen, existing, new BatchAttachments(tx), writes);
  }

  /**
   * Authorised against the record's owner, team and branch, checked against what the server holds, run
   * through the same registry as the desk, merged field by field and written with its timeline — or stored
   * as a rejection. Either way it is audited once under its op id; an op id seen before is skipped.
   */
  async apply(caller: Actor, clientId: string, m: WireMutation, now: Date): Promise<void> {
    if (this.seen.has(m.opId)) return;
    this.seen.add(m.opId);
    const complaintId = complaintOf(m);
    const existing = this.current.get(complaintId) ?? null;
    const outcome: Outcome = { clientId, mutationId: m.id, opId: m.opId, userId: caller.userId, name: m.name, complaintId, at: now };
    const refused = (code: string, messageKey: string) => this.writes.rejected(outcome, refuse(code, messageKey));

    // The server acts as the authenticated person, with the role the organisation gives them now.
    const actor: CommandActor = { id: caller.employeeNo, name: caller.name, role: caller.role };
    if (m.actor.id.toLowerCase() !== caller.employeeNo.toLowerCase()) return refused('actor_mismatch', 'sync.refusal.actorMismatch');
    if (existing && (existing.deleted || !mayAccess(caller, existing))) return refused('forbidden', 'sync.refusal.forbidden');

    // What a mutation claims about a record the server holds (an attachment's adder) is replaced by the record.
    const checked = existing ? await this.attachments.argsFor(m.name, m.args) : { args: m.args };
    if (isRefusal(checked)) return this.writes.rejected(outcome, checked);
    const result = runMutation(m.name, checked.args, existing?.complaint ?? null, actor, new Date(m.createdAt));
    if (isRefusal(result)) return this.writes.rejected(outcome, result);
    // A resolution of a complaint no longer in review (another lead resolved it first) would overwrite theirs.
    if (resolvedFields(m.name, m.args).size > 0 && !existing?.needsReview) return refused('not_in_review', 'sync.refusal.notInReview');

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
    const ownerNo = existing?.ownerNo ?? complaint.createdBy.id;
    const placement = await this.placementOf(caller, ownerNo, complaint.assignee?.id ?? null);
    const moved = existing && (existing.assigneeNo !== placement.assigneeNo || existing.teamId !== placement.teamId);
    const review = reviewAfter({ needsReview: existing?.needsReview ?? false, conflicts: existing?.conflicts ?? [] }, m.name, m.args, merged.conflicts);
    const saved = { ...placement, complaint, fieldVersions: merged.versions, fieldWriters: merged.writers, ...review };
    this.current.set(complaint.id, { ...saved, deleted: existing?.deleted ?? false, position: 0 });
    this.attachments.applied(result.events);
    this.writes.applied(saved, result.events, moved ? existing : null, callsOf(m.name, m.args), outcome);
  }

  /** Where the complaint now sits: the caller's own team and branch need no query; others are asked once a batch. */
  private async placementOf(caller: Actor, ownerNo: string, assigneeNo: string | null): Promise<Placement> {
    const person = (assigneeNo ?? ownerNo).toLowerCase();
    if (person === caller.employeeNo.toLowerCase()) return { ownerNo, assigneeNo, teamId: caller.teamId, branchId: caller.branchId };
    let found = this.placements.get(person);
    if (!found) this.placements.set(person, (found = placementOf(this.tx, person, null)));
    const { teamId, branchId } = await found;
    return { ownerNo, assigneeNo, teamId, branchId };
  }
}

const complaintOf = (m: WireMutation) => (isMutationName(m.name) ? complaintIdOf(m.name, m.args) : '');
