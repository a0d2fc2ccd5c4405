import type { Refusal } from '../../shared/domain/refusal';
import type { Queryable } from '../db/queryable';

export interface Outcome {
  clientId: string;
  mutationId: number;
  opId: string;
  userId: string;
  name: string;
  complaintId: string;
  at: Date;
}

/** The audit row's INSERT, its eight parameters numbered from $first (it ends statements that write more). */
export const auditInsert = (first: number) =>
  `INSERT INTO sync_audit (op_id, client_id, mutation_id, user_id, name, complaint_id, outcome, at) VALUES (${Array.from({ length: 8 }, (_, i) => `$${first + i}`).join(', ')})`;

export const auditValues = (o: Outcome, outcome: 'applied' | 'rejected') => [o.opId, o.clientId, o.mutationId, o.userId, o.name, o.complaintId, outcome, o.at];

/**
 * A refused mutation is kept, with its reason, for the agent's desk to show: nothing is dropped silently.
 * Audited in the same statement.
 */
export async function reject(tx: Queryable, o: Outcome, refusal: Refusal): Promise<void> {
  await tx.query(
    `WITH rejection AS (
       INSERT INTO sync_rejections (client_id, mutation_id, op_id, user_id, name, code, message_key, params, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     )
     ${auditInsert(10)}`,
    [
      o.clientId,
      o.mutationId,
      o.opId,
      o.userId,
      o.name,
      refusal.code,
      refusal.messageKey,
      refusal.params ? JSON.stringify(refusal.params) : null,
      o.at,
      ...auditValues(o, 'rejected'),
    ],
  );
}
