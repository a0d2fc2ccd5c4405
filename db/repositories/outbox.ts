import type { Database } from 'better-sqlite3';

/** A local change waiting to be pushed: the command itself, not the rows it wrote. */
export interface Mutation {
  clientId: string;
  /** Per client, +1 each, never reused. */
  id: number;
  opId: string;
  name: string;
  args: unknown;
  /** The versions of the records the change was based on, for conflict detection on the server. */
  baseVersions: Record<string, number>;
  createdAt: string;
  actorId: string;
}

export type NewMutation = Omit<Mutation, 'clientId' | 'id'>;

interface OutboxRow {
  id: number;
  op_id: string;
  name: string;
  args: string;
  base_versions: string;
  created_at: string;
  actor_id: string;
}

export function clientId(db: Database): string {
  const row = db.prepare("SELECT value FROM sync_state WHERE key = 'client_id'").get() as { value: string };
  return row.value;
}

/**
 * The next id continues after the highest ever used (kept in sync_state), so ids stay increasing even
 * after acknowledged mutations are removed from the outbox.
 */
export function appendMutation(db: Database, mutation: NewMutation): Mutation {
  const last = db.prepare("SELECT value FROM sync_state WHERE key = 'last_mutation_id'").get() as
    | { value: string }
    | undefined;
  const id = Number(last?.value ?? 0) + 1;
  db.prepare(
    `INSERT INTO sync_state (key, value) VALUES ('last_mutation_id', ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  ).run(String(id));
  db.prepare(
    `INSERT INTO outbox (id, op_id, name, args, base_versions, created_at, actor_id)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, mutation.opId, mutation.name, JSON.stringify(mutation.args), JSON.stringify(mutation.baseVersions), mutation.createdAt, mutation.actorId);
  return { ...mutation, id, clientId: clientId(db) };
}

export function pendingMutations(db: Database, limit = 100): Mutation[] {
  const client = clientId(db);
  const rows = db.prepare('SELECT * FROM outbox ORDER BY id LIMIT ?').all(limit) as OutboxRow[];
  return rows.map((r) => ({
    clientId: client,
    id: r.id,
    opId: r.op_id,
    name: r.name,
    args: JSON.parse(r.args),
    baseVersions: JSON.parse(r.base_versions),
    createdAt: r.created_at,
    actorId: r.actor_id,
  }));
}
