import type { CallSnapshot } from '../../shared/domain/cti/call-snapshot';
import { rowsOf, type Queryable } from '../db/queryable';

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

/** The calls of a page's complaints, in one query. */
export async function callsOf(db: Queryable, complaintIds: string[]): Promise<Map<string, CallSnapshot[]>> {
  const rows = await rowsOf<{ complaint_id: string; record: CallSnapshot }>(db, 'SELECT complaint_id, record FROM sync_calls WHERE complaint_id = ANY($1) ORDER BY id', [complaintIds]);
  const byComplaint = new Map<string, CallSnapshot[]>();
  for (const row of rows) byComplaint.set(row.complaint_id, [...(byComplaint.get(row.complaint_id) ?? []), row.record]);
  return byComplaint;
}
