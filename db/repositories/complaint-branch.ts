import type { BranchRef } from '../../shared/sync/protocol';
import type { ReadableDB } from '../handles';
import { statement } from '../statements';

/** The branch a complaint is counted under: the server's once pulled, before that the taker's (null: unknown). */
export function complaintBranch(db: ReadableDB, complaintId: string): BranchRef | null {
  const row = statement(db, 'SELECT branch_id AS id, branch_name AS name FROM complaints WHERE id = ?').get(complaintId) as { id: string | null; name: string | null } | undefined;
  return row?.id && row.name ? { id: row.id, name: row.name } : null;
}
