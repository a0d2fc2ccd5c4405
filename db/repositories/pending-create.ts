import type { ReadableDB } from '../handles';

/** Whether the complaint's create still waits in this desk's outbox (the server has not seen the complaint). */
export function hasPendingCreate(db: ReadableDB, complaintId: string): boolean {
  return (
    db.prepare("SELECT 1 FROM outbox WHERE name = 'complaint.create' AND json_extract(args, '$.id') = ? LIMIT 1").get(complaintId) !== undefined
  );
}

/** The branch the desk counts the complaint under (its taker's until the server's arrives), or null. */
export function complaintBranchId(db: ReadableDB, complaintId: string): string | null {
  const row = db.prepare('SELECT branch_id FROM complaints WHERE id = ?').get(complaintId) as { branch_id: string | null } | undefined;
  return row?.branch_id ?? null;
}
