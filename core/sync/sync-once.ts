import type { Actor } from '../../shared/domain/actor';
import { pullPosition } from '../../db/repositories/server-state';
import type { DeskContext } from '../context';
import { cacheOrgSettings, cachedOrgSettings } from '../services/org-settings-cache';
import { followClassifier } from './follow-classifier';
import { deskClientUuid } from '../server-link/client-id';
import { applyPullPage } from './apply-page';
import { pushOutbox } from './push-outbox';
import { syncFromSnapshot } from './first-sync';
import { isCursorAhead, pullFromStart } from './pull-from-start';
import type { SyncTransport } from './transport';
import type { DeskClockWatch } from './desk-clock-watch';

export interface SyncProgress {
  phase: 'push' | 'pull' | 'snapshot' | 'upload';
  /**
   * Push: mutations sent of those pending at the start; pull: feed position of the high-water mark; snapshot:
   * complaints applied of those the first sync's snapshot sends; upload: attachment bytes the server holds of those queued.
   */
  done: number;
  total: number;
}

/**
 * One round: drain this person's outbox in batches (core/sync/push-outbox.ts), then — at cursor 0 — take the snapshot,
 * then pull pages until the feed is exhausted. Every
 * step is idempotent (the server skips what it has, a page commits with its cursor), so a failure or a
 * kill anywhere is resumed by the next round.
 */
export async function syncOnce(
  ctx: DeskContext,
  actor: Actor,
  transport: SyncTransport,
  progress: (p: SyncProgress) => void = () => {},
  clock?: DeskClockWatch,
  /** Asked between a snapshot's lines: the desk is closing or its person signed out, so the round stops there. */
  stopped: () => boolean = () => false,
): Promise<void> {
  const clientId = deskClientUuid(ctx.db, actor.id);
  await pushOutbox(ctx, actor, transport, clientId, (done, total) => progress({ phase: 'push', done, total }), clock);
  let restarted = false;
  let snapshotTaken = false;
  let settingsVersion: number | undefined;
  for (;;) {
    const position = pullPosition(ctx.db, actor.id);
    // Nothing pulled yet (or starting over): every complaint the person may see comes as one streamed snapshot, then the feed from its cursor.
    if (position.cursor === 0 && transport.snapshot && !snapshotTaken) {
      snapshotTaken = true;
      const snapshot = transport.snapshot.bind(transport);
      const begin = await syncFromSnapshot(ctx, actor, { snapshot }, (p) => progress({ phase: 'snapshot', done: p.done, total: p.total }), stopped);
      clock?.observe(begin.serverTime, ctx.clock());
      settingsVersion = begin.settingsVersion ?? settingsVersion;
      continue;
    }
    const asked = transport.pull({ clientId, cursor: position.cursor, rejectionsAfter: position.rejectionsAfter });
    // A cursor past the server's feed (this database was restored from a backup): pull everything again, once a round.
    const page = await asked.catch((error: unknown) => {
      if (restarted || position.cursor === 0 || !isCursorAhead(error)) throw error;
      return null;
    });
    if (page === null) {
      restarted = true;
      pullFromStart(ctx, actor.id);
      continue;
    }
    applyPullPage(ctx, actor, page, ctx.clock());
    clock?.observe(page.serverTime, ctx.clock());
    progress({ phase: 'pull', done: page.cursor, total: page.highWater });
    settingsVersion = page.settingsVersion ?? settingsVersion;
    if (!page.hasMore) break;
  }
  await followOrgSettings(ctx, transport, settingsVersion);
}

/**
 * The server holds newer organisation settings than this desk's (an admin changed the deadline days, the
 * subtypes, the phrases or the templates; the change poked every desk): fetch and cache them, which
 * recomputes the stored due dates and tells the screens. Without a signed-in session's fetch it waits for the next round.
 */
async function followOrgSettings(ctx: DeskContext, transport: SyncTransport, serverVersion: number | undefined): Promise<void> {
  if (serverVersion === undefined || !transport.orgSettings) return;
  const cached = cachedOrgSettings(ctx);
  if (!cached || cached.version < serverVersion) cacheOrgSettings(ctx, await transport.orgSettings());
  await followClassifier(ctx, transport);
}
