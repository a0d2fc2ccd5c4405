import type { DeskContext } from '../../context';
import { endSession } from '../../services/current-agent';
import { serverLink } from '../../services/session-link';

/**
 * End the shift here: the server revokes the session (access token, refresh token, poke stream) at once;
 * offline, the desk remembers the sign-out and sends it on its next contact with the server. The desk
 * drops its tokens either way.
 */
export async function signOut(ctx: DeskContext): Promise<{ agent: null }> {
  try {
    await serverLink.logout(ctx);
  } catch {
    // Unreachable: remembered and sent later (see pending-sign-outs); the tokens are gone from the session here.
  }
  return endSession(ctx);
}
