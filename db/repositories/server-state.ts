import type { Complaint } from '../../shared/domain/complaint';
import type { FieldConflict, Rejection, ServerMeta } from '../../shared/sync/protocol';
import type { ReviewState } from '../../shared/sync/review-state';
import type { ComplaintWriteDB, ReadableDB } from '../handles';
import { statement } from '../statements';
import { complaintVersion, findComplaint, insertPulledComplaint, updateComplaint, type ServerColumns } from './complaints';

/** The server's word on a complaint as the columns beside its row hold it. */
const serverColumnsOf = (meta: ServerMeta): ServerColumns => ({
  server_versions: JSON.stringify(meta.fieldVersions),
  needs_review: meta.needsReview ? 1 : 0,
  conflicts: JSON.stringify(meta.conflicts),
  branch_id: meta.branch?.id ?? null,
  branch_name: meta.branch?.name ?? null,
});

/**
 * The server's state of a complaint replaces the desk's: row, per-field versions, review flag, conflicts
 * and branch. Says whether the desk held the complaint before.
 */
export function putServerComplaint(db: ComplaintWriteDB, complaint: Complaint, meta: ServerMeta): 'inserted' | 'updated' {
  const server = serverColumnsOf(meta);
  const localVersion = complaintVersion(db, complaint.id);
  if (localVersion === null) {
    insertPulledComplaint(db, complaint, server);
    return 'inserted';
  }
  updateComplaint(db, complaint, localVersion);
  // A server that sends no branch (one from before branches were sent) leaves the desk's as it was.
  statement(
    db,
    `UPDATE complaints SET server_versions = @server_versions, needs_review = @needs_review, conflicts = @conflicts,
       branch_id = iif(@branchSent, @branch_id, branch_id), branch_name = iif(@branchSent, @branch_name, branch_name)
     WHERE id = @id`,
  ).run({ ...server, branchSent: meta.branch === undefined ? 0 : 1, id: complaint.id });
  return 'updated';
}

export interface ReviewItem {
  complaint: Complaint;
  conflicts: FieldConflict[];
}

/** Complaints the server flagged for review (a designated field changed on two sides), for a lead's queue. */
export function complaintsNeedingReview(db: ReadableDB): ReviewItem[] {
  const rows = statement(db, 'SELECT id, conflicts FROM complaints WHERE needs_review = 1 ORDER BY updated_at').all() as { id: string; conflicts: string }[];
  return rows.flatMap((r) => {
    const complaint = findComplaint(db, r.id);
    return complaint ? [{ complaint, conflicts: JSON.parse(r.conflicts) as FieldConflict[] }] : [];
  });
}

/** One complaint's review flag and recorded conflicts as the desk holds them (not flagged when unknown). */
export function reviewStateOf(db: ReadableDB, id: string): ReviewState {
  const row = statement(db, 'SELECT needs_review, conflicts FROM complaints WHERE id = ?').get(id) as { needs_review: number; conflicts: string } | undefined;
  return row ? { needsReview: row.needs_review === 1, conflicts: JSON.parse(row.conflicts) as FieldConflict[] } : { needsReview: false, conflicts: [] };
}

/** The desk's own change of the review state: a resolution clears it at once, before the server confirms. */
export function saveReviewState(db: ComplaintWriteDB, id: string, state: ReviewState): void {
  statement(db, 'UPDATE complaints SET needs_review = ?, conflicts = ? WHERE id = ?').run(state.needsReview ? 1 : 0, JSON.stringify(state.conflicts), id);
}

const cursorKey = (actorId: string) => `cursor:${actorId}`;
const rejectionsKey = (actorId: string) => `rejections_after:${actorId}`;
const lastSyncKey = (actorId: string) => `last_sync:${actorId}`;

function readState(db: ReadableDB, key: string): string | null {
  const row = statement(db, 'SELECT value FROM sync_state WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

function writeState(db: ComplaintWriteDB, key: string, value: string): void {
  statement(db, 'INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}

export interface PullPosition {
  cursor: number;
  rejectionsAfter: number;
  lastSyncAt: string | null;
}

/** Where this person's pull stands on this desk (each person sees their own share of the server). */
export function pullPosition(db: ReadableDB, actorId: string): PullPosition {
  return {
    cursor: Number(readState(db, cursorKey(actorId)) ?? 0),
    rejectionsAfter: Number(readState(db, rejectionsKey(actorId)) ?? 0),
    lastSyncAt: readState(db, lastSyncKey(actorId)),
  };
}

/** The 工号 of everyone who has pulled on this desk (each keeps a cursor of their own). */
export function peoplePullingOnDesk(db: ReadableDB): string[] {
  const rows = statement(db, "SELECT substr(key, 8) AS id FROM sync_state WHERE key LIKE 'cursor:%'").all() as { id: string }[];
  return rows.map((r) => r.id);
}

export function savePullPosition(db: ComplaintWriteDB, actorId: string, position: PullPosition): void {
  writeState(db, cursorKey(actorId), String(position.cursor));
  writeState(db, rejectionsKey(actorId), String(position.rejectionsAfter));
  if (position.lastSyncAt) writeState(db, lastSyncKey(actorId), position.lastSyncAt);
}

export function saveRejections(db: ComplaintWriteDB, actorId: string, rejections: readonly Rejection[]): void {
  const insert = statement(
    db,
    `INSERT OR IGNORE INTO sync_rejections (actor_id, mutation_id, op_id, name, code, message_key, params, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const r of rejections) insert.run(actorId, r.mutationId, r.opId, r.name, r.code, r.messageKey, r.params ? JSON.stringify(r.params) : null, r.at);
}

export function listRejections(db: ReadableDB, actorId: string): Rejection[] {
  const rows = statement(db, 'SELECT * FROM sync_rejections WHERE actor_id = ? ORDER BY mutation_id DESC').all(actorId) as {
    mutation_id: number;
    op_id: string;
    name: string;
    code: string;
    message_key: string;
    params: string | null;
    at: string;
  }[];
  return rows.map((r) => ({
    mutationId: r.mutation_id,
    opId: r.op_id,
    name: r.name,
    code: r.code,
    messageKey: r.message_key,
    ...(r.params ? { params: JSON.parse(r.params) as Record<string, string | number> } : {}),
    at: r.at,
  }));
}
