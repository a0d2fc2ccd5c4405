import type { Database } from 'better-sqlite3';

/**
 * The desk's side of sync. A desk is shared by the agents of successive shifts, and the server counts
 * mutations per client id, which is per person (core/server-link/client-id.ts): so each outbox row gets
 * a number in its actor's own sequence (+1 each, never reused). Rejections pulled from the server are
 * kept to show; each complaint keeps the server's review flag and the conflicts it recorded.
 */
export default function migrateTo0014(db: Database): void {
  db.exec(`
    ALTER TABLE outbox ADD COLUMN client_seq INTEGER;
    UPDATE outbox SET client_seq = (SELECT COUNT(*) FROM outbox o WHERE o.actor_id = outbox.actor_id AND o.id <= outbox.id);
    INSERT INTO sync_state (key, value) SELECT 'next_seq:' || actor_id, CAST(MAX(client_seq) AS TEXT) FROM outbox GROUP BY actor_id;
    CREATE UNIQUE INDEX outbox_actor_seq ON outbox (actor_id, client_seq);
    ALTER TABLE complaints ADD COLUMN needs_review INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE complaints ADD COLUMN conflicts TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(conflicts));
    CREATE TABLE sync_rejections (
      actor_id TEXT NOT NULL,
      mutation_id INTEGER NOT NULL,
      op_id TEXT NOT NULL,
      name TEXT NOT NULL,
      code TEXT NOT NULL,
      message_key TEXT NOT NULL,
      params TEXT,
      at TEXT NOT NULL,
      PRIMARY KEY (actor_id, mutation_id)
    ) STRICT;
  `);
}
