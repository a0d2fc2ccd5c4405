import type { ComplaintWriteDB, WritableDB } from './handles';

/**
 * Runs `write` in one transaction with the only handle that writes complaint rows, timeline events
 * and outbox mutations. The dependency rule lets only core/record-change.ts import this file.
 */
export function inComplaintTransaction<T>(db: WritableDB, write: (tx: ComplaintWriteDB) => T): T {
  return db.transaction(() => write(db as ComplaintWriteDB))();
}
