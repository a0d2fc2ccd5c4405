import { ClientIdSchema } from '../../shared/org/auth';
import { clientBoundToOtherUser, clientNotBound } from './sync-refusals';

/**
 * A sync client id is bound to one user when it signs in (the `clients` row, see sessions.bindClient),
 * never by a push or pull: one that is not the caller's — another person's, or never signed in with — is
 * refused before anything is read or written. Sign-in ids are UUIDs, so any other text was never bound.
 */
export function signInIdOf(clientId: string): string {
  if (!ClientIdSchema.safeParse(clientId).success) throw clientNotBound();
  return clientId;
}

/** Refuses unless the client id's owner (null: never signed in with) is the caller. */
export function requireOwnClient(ownerUserId: string | null, callerUserId: string): void {
  if (ownerUserId === null) throw clientNotBound();
  if (ownerUserId !== callerUserId) throw clientBoundToOtherUser();
}
