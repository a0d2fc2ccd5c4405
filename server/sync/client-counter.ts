import { Problem } from '../problem';
import { firstRowOf, type Queryable } from '../db/queryable';

/**
 * The client's row, locked for the push's transaction: concurrent pushes of one client queue here, so
 * each mutation id is applied once. A client id is bound to the first user who synced with it.
 */
export async function lockClient(tx: Queryable, clientId: string, userId: string): Promise<number> {
  // The no-op update takes the row lock (a new client's row is inserted), in one round trip.
  const row = await firstRowOf<{ user_id: string; last_mutation_id: string }>(
    tx,
    `INSERT INTO sync_client (client_id, user_id) VALUES ($1, $2)
     ON CONFLICT (client_id) DO UPDATE SET client_id = EXCLUDED.client_id RETURNING user_id, last_mutation_id`,
    [clientId, userId],
  );
  if (row!.user_id !== userId) throw new Problem('forbidden', 'this client id syncs for another user');
  return Number(row!.last_mutation_id);
}

export async function advanceClient(tx: Queryable, clientId: string, lastMutationId: number): Promise<void> {
  await tx.query('UPDATE sync_client SET last_mutation_id = $2 WHERE client_id = $1', [clientId, lastMutationId]);
}
