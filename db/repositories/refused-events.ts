import type { ComplaintWriteDB, ReadableDB } from '../handles';
import { statement } from '../statements';

/** SQL: the event (alias e) was not refused by the server. */
export const NOT_REFUSED = 'NOT EXISTS (SELECT 1 FROM refused_events r WHERE r.event_id = e.id)';

const withTable = new WeakSet<ReadableDB>();

/**
 * NOT_REFUSED, or no condition while an older schema is being migrated: the search index is first built
 * by migration 9, before refused_events exists (and before any event could be refused).
 */
export function notRefusedSql(db: ReadableDB): string {
  if (withTable.has(db)) return NOT_REFUSED;
  if (!db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'refused_events'`).get()) return 'true';
  withTable.add(db);
  return NOT_REFUSED;
}

/**
 * After the server's state of a complaint is written and the person's waiting mutations replayed on it:
 * the person's events on it that neither the server holds nor a waiting mutation wrote again were refused —
 * marked, never deleted (the timeline is append-only); one the server holds after all is unmarked. Others'
 * events are settled when they sync: a waiting mutation of an earlier shift is not refused by this one's pull.
 */
export function settleTimeline(db: ComplaintWriteDB, complaintId: string, actorId: string, accepted: readonly string[], at: string): void {
  const ids = JSON.stringify(accepted);
  statement(db, 'DELETE FROM refused_events WHERE complaint_id = ? AND event_id IN (SELECT value FROM json_each(?))').run(complaintId, ids);
  statement(
    db,
    `INSERT OR IGNORE INTO refused_events (event_id, complaint_id, at)
     SELECT id, complaint_id, ? FROM complaint_events
     WHERE complaint_id = ? AND lower(actor_id) = lower(?) AND id NOT IN (SELECT value FROM json_each(?))`,
  ).run(at, complaintId, actorId, ids);
}

/** The event a refused mutation wrote on this desk, when the refusal changed nothing on the server (no new state to settle against). */
export function markRefused(db: ComplaintWriteDB, complaintId: string, eventId: string, at: string): void {
  statement(db, 'INSERT OR IGNORE INTO refused_events (event_id, complaint_id, at) SELECT id, complaint_id, ? FROM complaint_events WHERE id = ? AND complaint_id = ?').run(
    at,
    eventId,
    complaintId,
  );
}
