import type { Complaint, TimelineEvent } from '../../shared/domain/complaint';
import type { FieldConflict } from '../../shared/sync/protocol';
import { firstRowOf, type Queryable } from '../db/queryable';
import { auditInsert, auditValues, type Outcome } from './audit';
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
 * Whether a pushed op id was audited already (applied or rejected once), and the complaint it touches,
 * row-locked for the rest of the transaction (null if it is new), in one round trip.
 */
export async function openForApply(tx: Queryable, opId: string, complaintId: string): Promise<{ seen: boolean; existing: StoredComplaint | null }> {
  const row = await firstRowOf<{ seen: boolean } & Partial<ComplaintRow>>(
    tx,
    `SELECT EXISTS (SELECT 1 FROM sync_audit WHERE op_id = $1) AS seen, l.*
     FROM (SELECT 1) AS one LEFT JOIN LATERAL (SELECT ${COMPLAINT_COLUMNS} FROM sync_complaints c WHERE c.id = $2 FOR UPDATE) l ON true`,
    [opId, complaintId],
  );
  return { seen: row!.seen, existing: row!.document ? toStored(row as ComplaintRow) : null };
}

/**
 * An applied mutation's writes in one statement: the complaint's state at position 0 (it waits there
 * for its feed position, see placeWaiting), its new timeline events (insert-only, keyed by the desk's
 * UUIDs: an event that arrives twice is stored once), a removal for those who saw it before it moved
 * (their desks pull a remove unless they still see it), and the op's audit row.
 */
export async function saveApplied(
  tx: Queryable,
  stored: Omit<StoredComplaint, 'deleted' | 'position'>,
  events: TimelineEvent[],
  movedFrom: Placement | null,
  outcome: Outcome,
): Promise<void> {
  const c = stored.complaint;
  await tx.query(
    `WITH saved AS (
       INSERT INTO sync_complaints (id, document, version, field_versions, field_writers, owner_no, assignee_no, team_id, branch_id, needs_review, conflicts, position)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 0)
       ON CONFLICT (id) DO UPDATE SET document = $2, version = $3, field_versions = $4, field_writers = $5, assignee_no = $7,
         team_id = $8, branch_id = $9, needs_review = $10, conflicts = $11, position = 0
       RETURNING id
     ), events AS (
       INSERT INTO sync_events (id, complaint_id, document)
       SELECT * FROM unnest($12::text[], $13::text[], $14::jsonb[]) ON CONFLICT (id) DO NOTHING
     ), removal AS (
       INSERT INTO sync_removals (position, complaint_id, assignee_no, owner_no, team_id)
       SELECT 0, $1, $16, $17, $18 WHERE $15::boolean
     )
     ${auditInsert(19)}`,
    [
      c.id,
      JSON.stringify(c),
      c.version,
      JSON.stringify(stored.fieldVersions),
      JSON.stringify(stored.fieldWriters),
      stored.ownerNo,
      stored.assigneeNo,
      stored.teamId,
      stored.branchId,
      stored.needsReview,
      JSON.stringify(stored.conflicts),
      events.map((e) => e.id),
      events.map((e) => e.complaintId),
      events.map((e) => JSON.stringify(e)),
      movedFrom !== null,
      movedFrom?.assigneeNo ?? null,
      movedFrom?.ownerNo ?? null,
      movedFrom?.teamId ?? null,
      ...auditValues(outcome, 'applied'),
    ],
  );
}

/** Where a person's complaints sit: their team and its branch, from the organisation tables. */
export async function placementOf(db: Queryable, ownerNo: string, assigneeNo: string | null): Promise<Placement> {
  const row = await firstRowOf<{ team_id: string | null; branch_id: string | null }>(
    db,
    'SELECT u.team_id, t.branch_id FROM users u LEFT JOIN teams t ON t.id = u.team_id WHERE lower(u.employee_no) = lower($1)',
    [assigneeNo ?? ownerNo],
  );
  return { ownerNo, assigneeNo, teamId: row?.team_id ?? null, branchId: row?.branch_id ?? null };
}
