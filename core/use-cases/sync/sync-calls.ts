import type { SyncStatus } from '../../../shared/api/sync';
import type { ActorRef } from '../../../shared/domain/actor';
import type { ClockCorrection, Rejection } from '../../../shared/sync/protocol';
import { countPending } from '../../../db/repositories/outbox';
import { complaintsNeedingReview, listRejections, pullPosition, type ReviewItem } from '../../../db/repositories/server-state';
import { syncNotice } from '../../../db/repositories/sync-notice';
import type { DeskContext } from '../../context';
import { currentAgent } from '../../services/current-agent';

/** A desk without a server (or before sync started) still says how much work waits to be sent. */
function standingStill(ctx: DeskContext): SyncStatus {
  const agent = currentAgent(ctx);
  return {
    enabled: false,
    online: false,
    syncing: false,
    pending: agent ? countPending(ctx.db, agent.id) : 0,
    lastSyncAt: agent ? pullPosition(ctx.db, agent.id).lastSyncAt : null,
    rejected: agent ? listRejections(ctx.db, agent.id).length : 0,
    progress: null,
    firstSync: null,
    notice: agent ? syncNotice(ctx.db, agent.id) : null,
    clockOffsetMs: null,
    clockOff: false,
  };
}

export const syncStatus = (ctx: DeskContext): SyncStatus => ctx.sync?.status() ?? standingStill(ctx);

export const syncNow = async (ctx: DeskContext): Promise<SyncStatus> => (ctx.sync ? ctx.sync.now() : standingStill(ctx));

/** The times of this desk's pushes the server corrected by its clock, newest first (kept while the desk runs). */
export const myClockCorrections = (ctx: DeskContext, actor: ActorRef): ClockCorrection[] => ctx.sync?.clock.correctionsOf(actor.id) ?? [];

export const myRejections = (ctx: DeskContext, actor: ActorRef): Rejection[] => listRejections(ctx.db, actor.id);

/** The desk holds only what its lead may see (pull filters by team), so its flagged complaints are the lead's queue. */
export const reviewQueue = (ctx: DeskContext): ReviewItem[] => complaintsNeedingReview(ctx.db);
