import type { Database } from 'better-sqlite3';

/**
 * 核查 (shared/domain/regulatory/review-request.ts): a review complaint's record links the original it reviews
 * (`reviewOf`). The original's page lists its reviews and the rule refuses a second one, both by the original's
 * id (db/repositories/review-links.ts), so the link is indexed; complaints before have none (null, not indexed away).
 */
export default function migrateTo0027(db: Database): void {
  db.exec(`CREATE INDEX complaints_review_of ON complaints (json_extract(record, '$.reviewOf.id'))`);
}
