import type { Database } from 'better-sqlite3';

/**
 * The search index queue: a complaint change writes its id here in its own transaction (one small row)
 * and the desk's indexer brings the index up to date from it afterwards, in large batches. `seq` is the
 * order the complaints were queued in, which is the order they are indexed in (a new complaint's
 * document number follows it); `stamp` changes at every queuing, so a search document built from the rows
 * while the complaint waits is known to be current. No foreign key: a queued complaint may be gone (its entry is then dropped).
 */
export default function migrateTo0022(db: Database): void {
  db.exec(`
    CREATE TABLE search_queue (
      seq INTEGER PRIMARY KEY,
      complaint_id TEXT NOT NULL UNIQUE,
      stamp INTEGER NOT NULL
    ) STRICT;
  `);
}
