import type { DeskContext } from '../context';
import { writeTokens } from '../server-link/link-settings';
import { createServerLink } from '../server-link/server-client';
import { currentAgent, endSession } from './current-agent';
import { forgetOfflineAccount } from './offline-accounts';

/**
 * The server ended this person's session (refresh refused: deactivated, password reset, revoked):
 * signed out here, and no more offline sign-in until they sign in online again.
 */
function endRevokedSession(ctx: DeskContext, employeeNo: string): void {
  writeTokens(ctx.settings, null);
  forgetOfflineAccount(ctx, employeeNo);
  if (currentAgent(ctx)?.id.toUpperCase() === employeeNo.toUpperCase()) endSession(ctx);
}

export const serverLink = createServerLink(endRevokedSession);
