import type { Actor } from '../../../shared/domain/actor';
import type { Complaint } from '../../../shared/domain/complaint';
import type { BranchRef } from '../../../shared/sync/protocol';
import { isRefusal } from '../../../shared/domain/refusal';
import { complaintIdOf, createsComplaint, type MutationArgs, type MutationName } from '../../../shared/sync/mutators';
import { changedFields, runMutation } from '../../../shared/sync/run-mutation';
import { findComplaint, serverFieldVersions } from '../../../db/repositories/complaints';
import type { ComplaintWriteDB } from '../../../db/handles';
import type { DeskContext } from '../../context';
import { DeskError } from '../../desk-error';
import { recordComplaintChange } from '../../record-change';
import { loadComplaintFor } from '../complaints/complaint-scope';
import { deskFactsOf, writeEffectsOnDesk } from '../../mutation-on-desk';
import { effectsOf } from '../../../shared/sync/mutation-effects';
import { readRegulatorySettings } from '../../services/regulatory-settings';
import { deskQualityFacts, deskScorecard } from '../../services/quality-facts';

export interface ApplyOptions {
  /** The version the agent's screen showed; a change based on an older one is refused as stale. */
  baseVersion?: number | undefined;
  /** A new complaint's branch (its taker's, when the desk knows it), written with its row. */
  branch?: BranchRef | null;
  /** Desk-local writes that commit with the change (drop the draft, link the call). */
  alsoInTransaction?: (tx: ComplaintWriteDB) => void;
}

/**
 * Every complaint change on the desk: load (within the actor's scope) → the registry's command, with the
 * clock read once and the facts it needs read from this desk → row, timeline, outbox and the mutation's
 * effects (attachments, review state) in one transaction. The outbox row carries the arguments
 * (with their generated ids), the time and the actor, so the server and a rebase replay it identically.
 */
export function applyMutation<N extends MutationName>(ctx: DeskContext, actor: Actor, name: N, args: MutationArgs<N>, options: ApplyOptions = {}): Complaint {
  const id = complaintIdOf(name, args);
  const current = createsComplaint(name) ? findComplaint(ctx.db, id) : loadComplaintFor(ctx.db, id, actor);
  if (current && options.baseVersion !== undefined && options.baseVersion !== current.version) {
    throw DeskError.of('refused', 'errors.staleComplaint');
  }
  const now = ctx.clock();
  const facts = { ...deskFactsOf(ctx.db, name, args, id, readRegulatorySettings(ctx)), quality: deskQualityFacts(ctx.db, deskScorecard(ctx), actor, name, id) };
  const result = runMutation(name, args, current, actor, now, { facts });
  if (isRefusal(result)) throw DeskError.refused(result);
  const effects = effectsOf(name, args, result, facts.review);
  const confirmed = current ? serverFieldVersions(ctx.db, id) : {};
  const baseVersions = Object.fromEntries(changedFields(result).map((field) => [field, confirmed[field] ?? 0]));
  recordComplaintChange(ctx, {
    complaint: result.complaint,
    events: result.events,
    ...(current ? { baseVersion: current.version } : {}),
    mutation: { name, args, baseVersions },
    actor,
    at: now.toISOString(),
    ...(options.branch ? { branch: options.branch } : {}),
    alsoInTransaction: (tx) => {
      writeEffectsOnDesk(tx, id, effects, { calls: false });
      options.alsoInTransaction?.(tx);
    },
  });
  return result.complaint;
}
