import type { Actor as CommandActor } from '../../shared/domain/actor';
import { isRefusal, refuse, type Refusal } from '../../shared/domain/refusal';
import { mergeOnServer } from '../../shared/sync/conflicts';
import { assigneeRefusal } from '../../shared/domain/workflow/assignee-rule';
import { effectsOf } from '../../shared/sync/mutation-effects';
import type { MutationFacts } from '../../shared/sync/mutation-facts';
import { attachmentIdOf, callsOf, complaintIdOf, isMutationName, MUTATORS } from '../../shared/sync/mutators';
import type { ClockCorrection, FieldConflict, WireMutation } from '../../shared/sync/protocol';
import type { ReviewState } from '../../shared/sync/review-state';
import { changedFields, runMutation } from '../../shared/sync/run-mutation';
import type { Queryable } from '../db/queryable';
import type { Actor } from '../services/access';
import { BatchAttachments } from './batch-attachments';
import { BatchCalls } from './batch-calls';
import { BatchPeople } from './batch-people';
import { correctionsOf, type PushClock } from './push-clock';
import type { Outcome, PushWrites } from './push-writes';
import { openBatch, type StoredComplaint } from './sync-repo';
import { mayAccess, type Placement } from './visibility';

/**
 * One push batch's mutations, in order, inside the push's transaction: one read for the batch (op ids
 * seen, complaints and calls locked), each mutation run on the state the ones before it left, with the
 * facts the server holds (attachment records, people, who recorded a call) and its clock; one write at the end.
 */
export class PushBatch {
  private constructor(
    private readonly seen: Set<string>,
    private readonly current: Map<string, StoredComplaint>,
    private readonly attachments: BatchAttachments,
    private readonly calls: BatchCalls,
    private readonly people: BatchPeople,
    private readonly clock: PushClock,
    readonly writes: PushWrites,
  ) {}

  /** The times this batch corrected, for the desk's 同步 page. */
  readonly corrections: ClockCorrection[] = [];

  static async open(tx: Queryable, mutations: readonly WireMutation[], clock: PushClock, writes: PushWrites): Promise<PushBatch> {
    const { seen, existing } = await openBatch(
      tx,
      mutations.map((m) => m.opId),
      mutations.map(complaintOf),
    );
    const calls = await BatchCalls.open(tx, mutations.flatMap((m) => callsOf(m.name, m.args).map((c) => c.id)));
    return new PushBatch(seen, existing, new BatchAttachments(tx), calls, new BatchPeople(tx), clock, writes);
  }

  /**
   * Authorised against the record's owner, team and branch, checked against what the server holds, run
   * through the same registry as the desk, merged field by field and written with its timeline — or stored
   * as a rejection. Either way it is audited once under its op id; an op id seen before is skipped.
   */
  async apply(caller: Actor, clientId: string, m: WireMutation): Promise<void> {
    if (this.seen.has(m.opId)) return;
    this.seen.add(m.opId);
    const complaintId = complaintOf(m);
    const existing = this.current.get(complaintId) ?? null;
    // The desk's clock is evidence: the command runs at the desk's time moved into the server's (push-clock.ts).
    const time = this.clock.forMutation(m, existing?.complaint.createdAt);
    const outcome: Outcome = {
      clientId,
      mutationId: m.id,
      opId: m.opId,
      userId: caller.userId,
      name: m.name,
      complaintId,
      at: this.clock.received,
      deskTime: m.createdAt,
      skewMs: this.clock.skewMs,
      madeAt: time.now,
    };
    // A refused change on a complaint the server holds sends that complaint again: the desk that made the change
    // optimistically gets the server's record back, even when nothing else changes it.
    const reject = (refusal: Refusal) => this.writes.rejected(outcome, refusal, existing !== null && !existing.deleted);
    const refused = (code: string, messageKey: string) => reject(refuse(code, messageKey));

    // The server acts as the authenticated person, with the role the organisation gives them now.
    const actor: CommandActor = { id: caller.employeeNo, name: caller.name, role: caller.role };
    if (m.actor.id.toLowerCase() !== caller.employeeNo.toLowerCase()) return refused('actor_mismatch', 'sync.refusal.actorMismatch');
    if (existing && (existing.deleted || !mayAccess(caller, existing))) return refused('forbidden', 'sync.refusal.forbidden');

    // What a mutation claims about people the server knows (an assignee) is replaced by the record; calls stay with their recorder.
    const checked = await this.assigneeChecked(caller, m.name, m.args);
    if (isRefusal(checked)) return reject(checked);
    const callRefusal = this.calls.refusalFor(caller.employeeNo, complaintId, callsOf(m.name, m.args));
    if (callRefusal) return reject(callRefusal);
    const before: ReviewState = { needsReview: existing?.needsReview ?? false, conflicts: existing?.conflicts ?? [] };
    const facts: MutationFacts = { review: before, attachment: existing ? await this.attachments.recordOf(complaintId, attachmentIdOf(m.name, m.args)) : null };
    const result = runMutation(m.name, checked.args, existing?.complaint ?? null, actor, time.now, { facts, shift: time.shift });
    if (isRefusal(result)) return reject(result);

    const merged = existing
      ? mergeOnServer(existing.complaint, { versions: existing.fieldVersions, writers: existing.fieldWriters }, result, { clientId, baseVersions: m.baseVersions }, () => ({
          opId: m.opId,
          by: { id: actor.id, name: actor.name },
          at: time.now.toISOString(),
        }))
      : {
          complaint: result.complaint,
          versions: Object.fromEntries(changedFields(result).map((f) => [f, result.complaint.version])),
          writers: Object.fromEntries(changedFields(result).map((f) => [f, clientId])),
          conflicts: [],
        };
    const complaint = merged.complaint;
    const receipt = existing ? null : this.clock.receiptConflict(time, complaint, deskCallTime(m.args), m, actor);
    const conflicts: FieldConflict[] = receipt ? [...merged.conflicts, receipt] : merged.conflicts;
    const ownerNo = existing?.ownerNo ?? complaint.createdBy.id;
    const placement = await this.placementOf(caller, ownerNo, complaint.assignee?.id ?? null);
    const moved = existing && (existing.assigneeNo !== placement.assigneeNo || existing.teamId !== placement.teamId);
    const effects = effectsOf(m.name, m.args, result, before, conflicts);
    const saved = { ...placement, complaint, fieldVersions: merged.versions, fieldWriters: merged.writers, ...effects.review };
    this.current.set(complaint.id, { ...saved, deleted: existing?.deleted ?? false, position: 0 });
    this.attachments.applied(effects.attachmentEvents);
    const timedCalls = effects.calls.map((call) => this.clock.callAsServer(call));
    const recordedBy = this.calls.recorded(caller.employeeNo, complaint.id, timedCalls);
    this.writes.applied(saved, result.events, moved ? existing : null, timedCalls.map((call, i) => ({ call, recordedBy: recordedBy[i]! })), outcome);
    this.corrections.push(...correctionsOf(time, m, complaint.id, receipt));
  }

  /**
   * An assignment names a person of the organisation: unknown, deactivated or (but for an admin) outside the
   * assigner's team is refused (shared/domain/workflow/assignee-rule.ts); the name is the organisation's.
   */
  private async assigneeChecked(caller: Actor, name: string, args: unknown): Promise<{ args: unknown } | Refusal> {
    if (name !== 'complaint.assign') return { args };
    const parsed = MUTATORS['complaint.assign'].args.safeParse(args);
    if (!parsed.success) return { args };
    const person = await this.people.get(parsed.data.assignee.id);
    const refusal = assigneeRefusal(caller, parsed.data.assignee.id, person);
    if (refusal) return refusal;
    return { args: { ...parsed.data, assignee: { id: person!.employeeNo, name: person!.name } } };
  }

  /** Where the complaint now sits: the caller's own team and branch need no query; others are asked once a batch. */
  private async placementOf(caller: Actor, ownerNo: string, assigneeNo: string | null): Promise<Placement> {
    const person = (assigneeNo ?? ownerNo).toLowerCase();
    if (person === caller.employeeNo.toLowerCase()) return { ownerNo, assigneeNo, teamId: caller.teamId, branchId: caller.branchId };
    const found = await this.people.get(person);
    return { ownerNo, assigneeNo, teamId: found?.teamId ?? null, branchId: found?.branchId ?? null };
  }
}

/** The call time of a create as the desk sent it (before the clock rule moved it). */
function deskCallTime(args: unknown): string {
  const callTime = ((args as { intake?: { callTime?: unknown } } | null)?.intake as { callTime?: unknown } | undefined)?.callTime;
  return typeof callTime === 'string' ? callTime : '';
}

const complaintOf = (m: WireMutation) => (isMutationName(m.name) ? complaintIdOf(m.name, m.args) : '');
