import type { DeskContext } from '../../context';
import { endSession } from './current-agent';
import { serverLink } from './session-link';

/** End the shift here; the server revokes the refresh token when it can be reached (offline, the desk just forgets it). */
export async function signOut(ctx: DeskContext): Promise<{ agent: null }> {
  try {
    await serverLink.logout(ctx);
  } catch {
    // Unreachable or already revoked: the token is forgotten here either way.
  }
  return endSession(ctx);
}
