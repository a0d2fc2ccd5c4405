import { pullPosition, savePullPosition } from '../../db/repositories/server-state';
import { saveSyncNotice } from '../../db/repositories/sync-notice';
import type { DeskContext } from '../context';
import { log } from '../log';
import { recordServerState } from '../record-change';
import { ServerRefusal } from '../server-link/server-refusal';

/** The server refused the pull's cursor as past its feed: this desk's copy is of an older feed (a database restored from a backup). */
export const isCursorAhead = (error: unknown): boolean =>
  error instanceof ServerRefusal && (error.detail.fields ?? []).some((f) => f.code === 'cursor_ahead');

/**
 * Starts the person's pull over from the beginning of the feed (the next pages bring every complaint they
 * may see again) and leaves a notice saying so for the 同步 page.
 */
export function pullFromStart(ctx: DeskContext, actorId: string): void {
  recordServerState(ctx, (tx) => {
    savePullPosition(tx, actorId, { ...pullPosition(tx, actorId), cursor: 0 });
    saveSyncNotice(tx, actorId, { code: 'repulledFromStart', at: ctx.clock().toISOString() });
    return [];
  });
  log('warn', '[sync] the server refused the cursor as past its feed: pulling again from the start');
}
