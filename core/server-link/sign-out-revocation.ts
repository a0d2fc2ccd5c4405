import type { z } from 'zod';
import { SessionSchema } from '../../shared/org/auth';
import { OkAnswerSchema } from '../../shared/org/errors';
import type { DeskContext } from '../context';
import { deskClientUuid } from './client-id';
import { readServerAddress, type ServerAddress } from './link-settings';
import { forgetSignOut, pendingSignOuts, rememberSignOut, type PendingSignOut } from './pending-sign-outs';
import { ServerRefusal } from './server-refusal';

/** How the link sends one call (server-client's send), as this module uses it. */
type Send = <T>(
  ctx: DeskContext,
  at: ServerAddress,
  call: { method: 'POST'; route: 'logout' | 'refresh'; body: unknown; answer: z.ZodType<T> },
  accessToken?: string,
) => Promise<T>;

/**
 * Sign-outs the server must confirm: a desk's sign-out revokes its session on the server, now or — when
 * the server cannot be reached — on the desk's next contact with it (see pending-sign-outs).
 */
export function signOutRevocation(send: Send) {
  /**
   * Ends one session on the server: sign-out with its access token (the server refuses one without). An
   * access token that expired meanwhile is renewed once with the session's refresh token, then signed out.
   */
  async function revoke(ctx: DeskContext, at: ServerAddress, ended: PendingSignOut): Promise<void> {
    const logout = (tokens: PendingSignOut) =>
      send(ctx, at, { method: 'POST', route: 'logout', body: { refreshToken: tokens.refreshToken }, answer: OkAnswerSchema }, tokens.accessToken);
    try {
      await logout(ended);
    } catch (error) {
      if (!(error instanceof ServerRefusal && error.status === 401)) throw error;
      const renewed = await send(ctx, at, {
        method: 'POST',
        route: 'refresh',
        body: { refreshToken: ended.refreshToken, clientId: deskClientUuid(ctx.db, ended.employeeNo) },
        answer: SessionSchema,
      });
      const next = { employeeNo: ended.employeeNo, accessToken: renewed.accessToken, refreshToken: renewed.refreshToken };
      rememberSignOut(ctx.settings, next);
      forgetSignOut(ctx.settings, ended.refreshToken);
      await logout(next);
      forgetSignOut(ctx.settings, next.refreshToken);
    }
  }

  /**
   * The sign-outs the server has not confirmed, sent again: each is forgotten once the server confirms it
   * or says the session is over already (401/403/404); an unreachable or failing server keeps it for the
   * next contact.
   */
  const settling = new WeakMap<DeskContext['settings'], Promise<void>>();
  function settleSignOuts(ctx: DeskContext): Promise<void> {
    // One run at a time; a sign-out remembered during a run is sent by a run after it.
    const running = settling.get(ctx.settings);
    if (running) return running.catch(() => undefined).then(() => settleSignOuts(ctx));
    const run = (async () => {
      const at = readServerAddress(ctx.settings);
      if (!at) return;
      for (const ended of pendingSignOuts(ctx.settings)) {
        try {
          await revoke(ctx, at, ended);
        } catch (error) {
          const over = error instanceof ServerRefusal && [401, 403, 404].includes(error.status);
          if (!over) throw error;
        }
        forgetSignOut(ctx.settings, ended.refreshToken);
      }
    })().finally(() => settling.delete(ctx.settings));
    settling.set(ctx.settings, run);
    return run;
  }

  /** After any answer from the server: sign-outs left over from offline go out now (failures wait for the next contact). */
  const settleLater = (ctx: DeskContext) => {
    if (pendingSignOuts(ctx.settings).length > 0) settleSignOuts(ctx).catch(() => undefined);
  };

  return { settle: settleSignOuts, settleLater };
}
