import type { Actor } from '../../shared/domain/actor';
import { isRefusal } from '../../shared/domain/refusal';
import { complaintIdOf, isMutationName } from '../../shared/sync/mutators';
import { effectsOf } from '../../shared/sync/mutation-effects';
import { deskFactsOf, writeEffectsOnDesk } from '../mutation-on-desk';
import type { PullResponse } from '../../shared/sync/protocol';
import { runMutation } from '../../shared/sync/run-mutation';
import type { ComplaintWriteDB } from '../../db/handles';
import { applyAttachmentEvents, restoreAttachmentsOfRefusedRemovals } from '../../db/repositories/attachments';
import { deletePulledCalls, saveCallSnapshot } from '../../db/repositories/calls';
import { appendEvents, recordServerTimes } from '../../db/repositories/complaint-events';
import { findComplaint, insertComplaint, updateComplaint } from '../../db/repositories/complaints';
import { dropAcknowledged, outboxMutationsByOpId, pendingMutationsOf } from '../../db/repositories/outbox';
import { purgeComplaints } from '../../db/repositories/retention';
import { markRefused, settleTimeline } from '../../db/repositories/refused-events';
import { pullPosition, putServerComplaint, savePullPosition, saveRejections } from '../../db/repositories/server-state';
import type { DeskContext } from '../context';
import { recordServerState } from '../record-change';
import type { RegulatorySettings } from '../../shared/domain/regulatory/regulatory-settings';
import { readRegulatorySettings } from '../services/regulatory-settings';
import { deskQualityFacts, deskScorecard, type DeskScorecard } from '../services/quality-facts';

/**
 * The person's mutations still waiting, replayed in order on the server's state of the complaints the page
 * touched. Returns the events they wrote again, by complaint.
 */
function rebase(tx: ComplaintWriteDB, actorId: string, touched: ReadonlySet<string>, regulatory: RegulatorySettings, card: DeskScorecard): Map<string, string[]> {
  const rewritten = new Map<string, string[]>();
  for (const m of pendingMutationsOf(tx, actorId, 0, Number.MAX_SAFE_INTEGER)) {
    if (!isMutationName(m.name)) continue;
    const id = complaintIdOf(m.name, m.args);
    if (!touched.has(id)) continue;
    const state = findComplaint(tx, id);
    const facts = { ...deskFactsOf(tx, m.name, m.args, id, regulatory), quality: deskQualityFacts(tx, card, m.actor, m.name, id) };
    const result = runMutation(m.name, m.args, state, m.actor, new Date(m.createdAt), { facts });
    // Refused on the new state: the server will refuse it too and say why; the desk shows the server's state.
    if (isRefusal(result)) continue;
    if (state) updateComplaint(tx, result.complaint, state.version);
    else insertComplaint(tx, result.complaint);
    appendEvents(tx, result.events, true);
    rewritten.set(id, [...(rewritten.get(id) ?? []), ...result.events.map((e) => e.id)]);
    // A resolution not yet confirmed keeps the review cleared on this desk, as it was when the lead decided.
    writeEffectsOnDesk(tx, id, effectsOf(m.name, m.args, result, facts.review), { calls: true });
  }
  return rewritten;
}

/**
 * One pull page, in one transaction with its cursor: the server's complaints replace the desk's, the
 * ones that left this person's view go, acknowledged mutations leave the outbox and pending ones are
 * replayed on top — so every desk converges on the server's order — events the server refused are
 * marked, and the search index follows. A kill before the commit leaves the
 * previous page's state and cursor; the next pull starts there again.
 */
export function applyPullPage(ctx: DeskContext, actor: Actor, page: PullResponse, at: Date): string[] {
  const touched = new Set<string>();
  recordServerState(ctx, (tx) => {
    const removed: string[] = [];
    // Complaints the desk held before: the person's events the server does not hold are settled after the rebase.
    const heldBefore = new Map<string, string[]>();
    for (const change of page.changes) {
      if (change.kind === 'put') {
        const held = putServerComplaint(tx, change.complaint, change.meta) === 'updated';
        if (held) heldBefore.set(change.complaint.id, change.events.map((e) => e.id));
        appendEvents(tx, change.events, true);
        // Only a complaint held before can have events this desk wrote first (a first pull skips the check).
        if (held) recordServerTimes(tx, change.events);
        applyAttachmentEvents(tx, change.events);
        for (const call of change.calls ?? []) saveCallSnapshot(tx, change.complaint.id, call);
        touched.add(change.complaint.id);
      } else {
        removed.push(change.complaintId);
        touched.add(change.complaintId);
      }
    }
    deletePulledCalls(tx, removed);
    purgeComplaints(tx, removed);
    // A refusal that changed nothing on the server brings no state to settle against: its own event is marked here.
    for (const m of outboxMutationsByOpId(tx, actor.id, page.rejections.map((r) => r.opId))) {
      const eventId = (m.args as { eventId?: unknown } | null)?.eventId;
      const id = isMutationName(m.name) ? complaintIdOf(m.name, m.args) : '';
      if (typeof eventId !== 'string' || !id) continue;
      markRefused(tx, id, eventId, at.toISOString());
      restoreAttachmentsOfRefusedRemovals(tx, id);
      touched.add(id);
    }
    dropAcknowledged(tx, actor.id, page.lastMutationId);
    const rewritten = rebase(tx, actor.id, touched, readRegulatorySettings(ctx), deskScorecard(ctx));
    for (const [id, accepted] of heldBefore) {
      settleTimeline(tx, id, actor.id, [...accepted, ...(rewritten.get(id) ?? [])], at.toISOString());
      restoreAttachmentsOfRefusedRemovals(tx, id);
    }
    saveRejections(tx, actor.id, page.rejections);
    const before = pullPosition(tx, actor.id);
    savePullPosition(tx, actor.id, {
      cursor: page.cursor,
      rejectionsAfter: Math.max(before.rejectionsAfter, ...page.rejections.map((r) => r.mutationId)),
      lastSyncAt: page.hasMore ? before.lastSyncAt : at.toISOString(),
    });
    return touched;
  });
  for (const id of touched) ctx.events.emit('complaints.changed', { id });
  return [...touched];
}
