import { saveSyncNotice, syncNotice } from '../../db/repositories/sync-notice';
import type { DeskContext } from '../context';
import { recordServerState } from '../record-change';
import { ServerRefusal } from '../server-link/server-refusal';

/** The server does not know the client id as this person's (refused as never signed in with, or as another's). */
const refusedClientId = (error: unknown): boolean =>
  error instanceof ServerRefusal && (error.detail.fields ?? []).some((f) => f.path === 'clientId');

/**
 * After a round: a refused client id leaves the `clientNotBound` notice (the person is told to sign in online
 * again); a round that went through clears it. A `repulledFromStart` notice stays: it tells what happened.
 */
export function noteRoundOutcome(ctx: DeskContext, actorId: string, error: unknown): void {
  const current = syncNotice(ctx.db, actorId);
  if (error !== null && refusedClientId(error)) {
    if (current?.code !== 'clientNotBound') {
      recordServerState(ctx, (tx) => (saveSyncNotice(tx, actorId, { code: 'clientNotBound', at: ctx.clock().toISOString() }), []));
    }
  } else if (error === null && current?.code === 'clientNotBound') {
    recordServerState(ctx, (tx) => (saveSyncNotice(tx, actorId, null), []));
  }
}
