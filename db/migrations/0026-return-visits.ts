import type { Database } from 'better-sqlite3';

/**
 * 回访 (shared/domain/workflow/return-visit.ts): a closed complaint's closing time while its 回访 is not done
 * (null when open, withdrawn or reached), taken from the record when the row is written
 * (db/repositories/complaints.ts). The handler's queue lists their pending ones and the team queue finds the
 * missing ones (closed before the instant whose due time has come: returnVisitMissingBefore) by it alone.
 * Complaints closed before this version carry their 回访 as pending: a closed record has none yet.
 */
export default function migrateTo0026(db: Database): void {
  db.exec(`
    ALTER TABLE complaints ADD COLUMN return_visit_pending_since TEXT;
    UPDATE complaints
       SET return_visit_pending_since = strftime('%Y-%m-%dT%H:%M:%fZ', json_extract(record, '$.endedAt'))
     WHERE status = 'closed' AND json_extract(record, '$.endedAt') IS NOT NULL;
    CREATE INDEX complaints_return_visit_pending ON complaints (return_visit_pending_since) WHERE return_visit_pending_since IS NOT NULL;
    CREATE INDEX complaints_assignee_return_visit ON complaints (assignee_id, return_visit_pending_since) WHERE return_visit_pending_since IS NOT NULL;
  `);
}
