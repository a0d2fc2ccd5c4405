import type { Refusal } from '../../shared/domain/refusal';
import { firstRowOf, type Queryable } from '../db/queryable';

export interface Outcome {
  clientId: string;
  mutationId: number;
  opId: string;
  userId: string;
  name: string;
  complaintId: string;
  at: Date;
}

/** The second guard against duplicates: an op id already in the append-only audit was applied or rejected once. */
export async function alreadyAudited(tx: Queryable, opId: string): Promise<boolean> {
  return (await firstRowOf(tx, 'SELECT 1 AS seen FROM sync_audit WHERE op_id = $1', [opId])) !== undefined;
}

export async function audit(tx: Queryable, o: Outcome, outcome: 'applied' | 'rejected'): Promise<void> {
  await tx.query(
    'INSERT INTO sync_audit (op_id, client_id, mutation_id, user_id, name, complaint_id, outcome, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
    [o.opId, o.clientId, o.mutationId, o.userId, o.name, o.complaintId, outcome, o.at],
  );
}

/** A refused mutation is kept, with its reason, for the agent's desk to show: nothing is dropped silently. */
export async function reject(tx: Queryable, o: Outcome, refusal: Refusal): Promise<void> {
  await tx.query(
    `INSERT INTO sync_rejections (client_id, mutation_id, op_id, user_id, name, code, message_key, params, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [o.clientId, o.mutationId, o.opId, o.userId, o.name, refusal.code, refusal.messageKey, refusal.params ? JSON.stringify(refusal.params) : null, o.at],
  );
  await audit(tx, o, 'rejected');
}
