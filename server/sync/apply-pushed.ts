import type { Actor as CommandActor } from '../../shared/domain/actor';
import { routingFactsOf } from '../../shared/domain/assignment/routing-facts';
import { SYSTEM_ACTOR } from '../../shared/domain/assignment/system-actor';
import type { Complaint } from '../../shared/domain/complaint';
import { assignedByRulesAt, rulesWriter } from '../../shared/sync/assigned-by-rules';
import { readAssignmentRules } from '../repos/routing-repo';
import { BatchRouting } from './batch-routing';
import { isRefusal, refuse, type Refusal } from '../../shared/domain/refusal';
import { mergeOnServer } from '../../shared/sync/conflicts';
import { assigneeRefusal } from '../../shared/domain/workflow/assignee-rule';
import { effectsOf } from '../../shared/sync/mutation-effects';
import type { MutationFacts } from '../../shared/sync/mutation-facts';
import { attachmentIdOf, callsOf, complaintIdOf, isMutationName, MUTATORS, originalIdOf } from '../../shared/sync/mutators';
import type { ReviewFacts } from '../../shared/domain/regulatory/review-request';
import { reviewsOnServer } from './review-links-repo';
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
import { regulatoryOf, type RegulatorySettings } from '../../shared/domain/regulatory/regulatory-settings';
import type { EarlierComplaint } from '../../shared/domain/regulatory/repeat-complaint';
import { readOrgSettings } from '../repos/org-settings-repo';
import { BatchEarlierComplaints } from './batch-earlier-complaints';
import { repeatWindowOf } from '../../shared/domain/regulatory/repeat-window';
import { mayAccess, type Placement } from './visibility';
import { BatchQuality, needsQualityFacts } from './batch-quality';

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
    private readonly tx: Queryable,
    private readonly regulatory: RegulatorySettings,
    private readonly earlier: BatchEarlierComplaints,
  ) {}

  /** 质检 facts (scorecard, notes, team lead), read when a mutation first needs them. */
  private batchQuality: BatchQuality | null = null;
  private get quality(): BatchQuality {
    return (this.batchQuality ??= new BatchQuality(this.tx));
  }

  /** The times this batch corrected, for the desk's 同步 page. */
  readonly corrections: ClockCorrection[] = [];

  /** The complaints this batch created, routed by the rules once every mutation of the batch has run (assignByRules). */
  private readonly created: string[] = [];

  static async open(tx: Queryable, mutations: readonly WireMutation[], clock: PushClock, writes: PushWrites): Promise<PushBatch> {
    const { seen, existing } = await openBatch(
      tx,
      mutations.map((m) => m.opId),
      // The original a 核查 request reviews is read (and locked, in the same id order) with the complaints the batch changes.
      mutations.flatMap((m) => [complaintOf(m), isMutationName(m.name) ? (originalIdOf(m.name, m.args) ?? '') : '']),
    );
    const calls = await BatchCalls.open(tx, mutations.flatMap((m) => callsOf(m.name, m.args).map((c) => c.id)));
    const regulatory = regulatoryOf(await readOrgSettings(tx));
    const creates = mutations.flatMap((m) => (existing.has(complaintOf(m)) ? [] : repeatFactsNeeded(m.args, regulatory.repeatWindowDays)));
    const earlier = await BatchEarlierComplaints.open(tx, creates);
    return new PushBatch(seen, existing, new BatchAttachments(tx), calls, new BatchPeople(tx), clock, writes, tx, regulatory, earlier);
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
    const facts: MutationFacts = {
      review: before,
      attachment: existing ? await this.attachments.recordOf(complaintId, attachmentIdOf(m.name, m.args)) : null,
      regulatory: {
        classification: this.regulatory.classification,
        repeatWindowDays: this.regulatory.repeatWindowDays,
        earlier: existing ? [] : await this.earlierOf(m.args),
      },
    };
    const originalId = originalIdOf(m.name, m.args);
    if (originalId !== null) facts.reviewRequest = await this.reviewFactsOf(caller, originalId);
    if (needsQualityFacts(m.name)) facts.quality = await this.quality.factsFor(caller, m.name, complaintId, existing);
    // The taker's change made before the rules assigned the complaint was made while they held it (takerHeld).
    const held = existing ? takerHeld(existing, caller, m.name, time.now) : null;
    const ran = runMutation(m.name, checked.args, held ?? existing?.complaint ?? null, actor, time.now, { facts, shift: time.shift });
    if (isRefusal(ran)) return reject(ran);
    const result = held && existing ? { ...ran, complaint: { ...ran.complaint, assignee: existing.complaint.assignee } } : ran;

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
    this.quality.applied(result.events);
    const timedCalls = effects.calls.map((call) => this.clock.callAsServer(call));
    const recordedBy = this.calls.recorded(caller.employeeNo, complaint.id, timedCalls);
    this.writes.applied(saved, result.events, moved ? existing : null, timedCalls.map((call, i) => ({ call, recordedBy: recordedBy[i]! })), outcome);
    this.corrections.push(...correctionsOf(time, m, complaint.id, receipt));
    if (!existing) this.created.push(complaint.id);
  }

  /**
   * The organisation's rules route each complaint this batch created (shared/domain/assignment): an assignment
   * is one `complaint.assign` by the system actor, run through the registry like any other, its timeline event
   * naming the rule (and, when it went to the lead, why nobody of the team fitted). Runs after the batch's own
   * mutations, so the changes a desk pushed with its create were made, and judged, while the taker held it.
   */
  async assignByRules(tx: Queryable, eventId: () => string): Promise<void> {
    const created = this.created.flatMap((id) => {
      const stored = this.current.get(id);
      return stored && !stored.deleted && stored.complaint.status === 'open' ? [stored] : [];
    });
    if (created.length === 0) return;
    const rules = await readAssignmentRules(tx);
    if (rules.rules.length === 0 && rules.fallbacks.length === 0) return;
    const facts = created.map((s) => routingFactsOf(s.complaint, { branchId: s.branchId }));
    const routing = await BatchRouting.open(tx, rules, facts);
    for (const [i, stored] of created.entries()) {
      const decision = routing.route(facts[i]!, stored.complaint.complexity);
      const to = decision.kind === 'assign' ? decision.person : decision.kind === 'toLead' ? decision.lead : null;
      if (!to || (decision.kind !== 'assign' && decision.kind !== 'toLead') || stored.complaint.assignee?.id === to.id) continue;
      const at = this.clock.received;
      const result = runMutation('complaint.assign', { complaintId: stored.complaint.id, eventId: eventId(), assignee: to }, stored.complaint, SYSTEM_ACTOR, at);
      if (isRefusal(result)) continue;
      const data = { rule: decision.rule, ...(decision.kind === 'toLead' ? { nobodyFits: decision.reason } : {}) };
      const events = result.events.map((e) => ({ ...e, data: { ...e.data, ...data } }));
      const placement = await this.placementOf(SYSTEM_PLACER, stored.ownerNo ?? stored.complaint.createdBy.id, to.id);
      const saved = {
        ...placement,
        complaint: result.complaint,
        fieldVersions: { ...stored.fieldVersions, assignee: result.complaint.version },
        fieldWriters: { ...stored.fieldWriters, assignee: rulesWriter(at) },
        needsReview: stored.needsReview,
        conflicts: stored.conflicts,
      };
      this.current.set(stored.complaint.id, { ...saved, deleted: false, position: 0 });
      this.writes.serverChanged(saved, events);
    }
    await routing.save(tx);
  }

  /**
   * What a 核查 request needs of its original, as the server holds it: the original when it is not deleted and the
   * caller may see it (the visibility rule, not the desk's word; otherwise "not found"), and its reviews — stored,
   * and those this batch opened before (written only at the end of the batch).
   */
  private async reviewFactsOf(caller: Actor, originalId: string): Promise<ReviewFacts> {
    const stored = this.current.get(originalId);
    const original = stored && !stored.deleted && mayAccess(caller, stored) ? stored.complaint : null;
    const reviews = await reviewsOnServer(this.tx, originalId);
    for (const s of this.current.values()) {
      const link = s.complaint.reviewOf;
      if (s.deleted || link?.id !== originalId || reviews.some((r) => r.id === s.complaint.id)) continue;
      reviews.push({ id: s.complaint.id, number: s.complaint.number, status: s.complaint.status, requestedAt: link.requestedAt, late: link.late });
    }
    return { original, reviews };
  }

  /** The complaints about a new complaint's policy: those stored, and those this batch created before it. */
  private async earlierOf(args: unknown): Promise<EarlierComplaint[]> {
    const [needed] = repeatFactsNeeded(args, this.regulatory.repeatWindowDays);
    if (!needed) return [];
    const { policyNumber: policy, window } = needed;
    const stored = await this.earlier.storedFor(policy, window);
    const inBatch = [...this.current.values()]
      .filter((s) => !s.deleted && s.complaint.intake.policyNumber.trim().toUpperCase() === policy.trim().toUpperCase() && !stored.some((e) => e.id === s.complaint.id))
      .map(({ complaint: c }) => ({ id: c.id, number: c.number, receivedAt: c.receivedAt, contactPhone: c.intake.contactPhone, idNumber: c.intake.idNumber ?? '', policyNumber: c.intake.policyNumber }));
    return [...stored, ...inBatch];
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

/** A create's policy and repeat window, when it names a policy and a readable call time (none otherwise). */
function repeatFactsNeeded(args: unknown, windowDays: number): Array<{ policyNumber: string; window: { since: string; until: string } }> {
  const intake = (args as { intake?: { policyNumber?: unknown; callTime?: unknown } } | null)?.intake;
  const policy = intake?.policyNumber;
  const window = repeatWindowOf(intake?.callTime, windowDays);
  return typeof policy === 'string' && policy.trim() !== '' && window ? [{ policyNumber: policy, window }] : [];
}

/** The call time of a create as the desk sent it (before the clock rule moved it). */
function deskCallTime(args: unknown): string {
  const callTime = ((args as { intake?: { callTime?: unknown } } | null)?.intake as { callTime?: unknown } | undefined)?.callTime;
  return typeof callTime === 'string' ? callTime : '';
}

/** placementOf's caller when the server itself places a complaint: nobody's own team or branch applies. */
const SYSTEM_PLACER: Actor = { userId: '', sessionId: '', employeeNo: SYSTEM_ACTOR.id, name: SYSTEM_ACTOR.name, role: SYSTEM_ACTOR.role, teamId: null, branchId: null };

/**
 * The complaint as the person who took it held it, for a change they made before the rules assigned it to
 * someone else (its assignee's writer says when: shared/sync/assigned-by-rules.ts); null otherwise. A hand-on
 * of their own is not judged so: the rules' assignment stands, and a lead's reassignment always wins.
 */
function takerHeld(stored: StoredComplaint, caller: Actor, name: string, madeAt: Date): Complaint | null {
  const assignedAt = assignedByRulesAt(stored.fieldWriters);
  if (!assignedAt || madeAt >= assignedAt || name === 'complaint.assign') return null;
  const taker = stored.complaint.createdBy;
  if (taker.id.toLowerCase() !== caller.employeeNo.toLowerCase()) return null;
  return { ...stored.complaint, assignee: { id: taker.id, name: taker.name } };
}

const complaintOf = (m: WireMutation) => (isMutationName(m.name) ? complaintIdOf(m.name, m.args) : '');
