import type { CallSnapshot } from '../../shared/domain/cti/call-snapshot';
import type { Queryable } from '../db/queryable';

/** The latest snapshot of each call wins, linked to the complaint the mutation names (never what the desk's row said). */
export async function saveCalls(tx: Queryable, complaintId: string, calls: readonly CallSnapshot[]): Promise<void> {
  for (const call of calls) {
    await tx.query(
      `INSERT INTO sync_calls (id, complaint_id, record) VALUES ($1, $2, $3)
       ON CONFLICT (id) DO UPDATE SET complaint_id = $2, record = $3`,
      [call.id, complaintId, JSON.stringify(call)],
    );
  }
}
