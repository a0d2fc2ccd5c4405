import { firstRowOf, type Queryable } from '../db/queryable';
import { requireOwnClient, signInIdOf } from './client-binding';
import { clientBoundToOtherUser } from './sync-refusals';

/**
 * The client's row, locked for the push's transaction: concurrent pushes of one client queue here, so
 * each mutation id is applied once. Only a client id the caller signed in with gets a row (see
 * client-binding): one that is another person's, or never signed in with, is refused and nothing is written.
 */
export async function lockClient(tx: Queryable, clientId: string, userId: string): Promise<number> {
  // The no-op update takes the row lock (a new client's row is inserted), in one round trip with the binding check.
  const row = await firstRowOf<{ owner: string | null; user_id: string | null; last_mutation_id: string | null }>(
    tx,
    `WITH owner AS (SELECT user_id FROM clients WHERE id = $3::uuid),
     locked AS (
       INSERT INTO sync_client (client_id, user_id) SELECT $1::text, $2::uuid FROM owner WHERE owner.user_id = $2::uuid
       ON CONFLICT (client_id) DO UPDATE SET client_id = EXCLUDED.client_id RETURNING user_id, last_mutation_id
     )
     SELECT (SELECT user_id FROM owner) AS owner, l.user_id, l.last_mutation_id FROM (SELECT 1) one LEFT JOIN locked l ON true`,
    [clientId, userId, signInIdOf(clientId)],
  );
  requireOwnClient(row!.owner, userId);
  // A row a push bound before client ids were bound at sign-in, by someone else than the signed-in owner.
  if (row!.user_id !== userId) throw clientBoundToOtherUser();
  return Number(row!.last_mutation_id);
}

export async function advanceClient(tx: Queryable, clientId: string, lastMutationId: number): Promise<void> {
  await tx.query('UPDATE sync_client SET last_mutation_id = $2 WHERE client_id = $1', [clientId, lastMutationId]);
}
