import { ATTACHMENT_ADDED_EVENT_KIND, ATTACHMENT_REMOVED_EVENT_KIND } from '../../shared/domain/attachments/attachment';
import type { Complaint, TimelineEvent } from '../../shared/domain/complaint';
import type { FieldConflict } from '../../shared/sync/protocol';
import { rowsOf, type Queryable } from '../db/queryable';
import type { Placement } from './visibility';

export interface StoredComplaint extends Placement {
  complaint: Complaint;
  fieldVersions: Record<string, number>;
  fieldWriters: Record<string, string>;
  needsReview: boolean;
  conflicts: FieldConflict[];
  deleted: boolean;
  position: number;
}

interface ComplaintRow {
  document: Complaint;
  field_versions: Record<string, number>;
  field_writers: Record<string, string>;
  owner_no: string;
  assignee_no: string | null;
  team_id: string | null;
  branch_id: string | null;
  needs_review: boolean;
  conflicts: FieldConflict[];
  deleted: boolean;
  position: string;
}

export const COMPLAINT_COLUMNS =
  'c.id, c.document, c.field_versions, c.field_writers, c.owner_no, c.assignee_no, c.team_id, c.branch_id, c.needs_review, c.conflicts, c.deleted, c.position';

export function toStored(row: ComplaintRow): StoredComplaint {
  return {
    complaint: row.document,
    fieldVersions: row.field_versions,
    fieldWriters: row.field_writers,
    ownerNo: row.owner_no,
    assigneeNo: row.assignee_no,
    teamId: row.team_id,
    branchId: row.branch_id,
    needsReview: row.needs_review,
    conflicts: row.conflicts,
    deleted: row.deleted,
    position: Number(row.position),
  };
}

/**
 * What a push batch starts from, in two round trips: which of its op ids were audited already (applied
 * or rejected once), and the complaints it touches, row-locked for the rest of the transaction in id
 * order (so pushes touching the same complaints never deadlock); a complaint not there yet is absent.
 */
export async function openBatch(tx: Queryable, opIds: readonly string[], complaintIds: readonly string[]): Promise<{ seen: Set<string>; existing: Map<string, StoredComplaint> }> {
  const seen = await rowsOf<{ op_id: string }>(tx, 'SELECT op_id FROM sync_audit WHERE op_id = ANY($1::text[])', [opIds]);
  const rows = await rowsOf<ComplaintRow & { id: string }>(
    tx,
    `SELECT ${COMPLAINT_COLUMNS} FROM sync_complaints c WHERE c.id = ANY($1::text[]) ORDER BY c.id FOR UPDATE`,
    [[...new Set(complaintIds)].filter((id) => id !== '')],
  );
  return { seen: new Set(seen.map((r) => r.op_id)), existing: new Map(rows.map((r) => [r.id, toStored(r)])) };
}

/** The timeline events of a complaint that added or removed attachment `attachmentId`, in order. */
export async function attachmentEventsOf(db: Queryable, complaintId: string, attachmentId: string): Promise<TimelineEvent[]> {
  const rows = await rowsOf<{ document: TimelineEvent }>(
    db,
    `SELECT e.document FROM sync_events e
     WHERE e.complaint_id = $1 AND e.document->>'kind' IN ($2, $3) AND e.document->'data'->>'attachmentId' = $4 ORDER BY e.seq`,
    [complaintId, ATTACHMENT_ADDED_EVENT_KIND, ATTACHMENT_REMOVED_EVENT_KIND, attachmentId],
  );
  return rows.map((r) => r.document);
}
