import type { ComplaintWriteDB, ReadableDB } from '../handles';
import { statement } from '../statements';

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

export function clientId(db: ReadableDB): string {
  const row = statement(db, "SELECT value FROM sync_state WHERE key = 'client_id'").get() as { value: string };
  return row.value;
}

/** Appends a mutation; its id is the next per-client number (AUTOINCREMENT never reuses one). */
export function appendMutation(db: ComplaintWriteDB, mutation: NewMutation): number {
  const result = statement(
    db,
    `INSERT INTO outbox (op_id, name, args, base_versions, created_at, actor_id) VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(mutation.opId, mutation.name, JSON.stringify(mutation.args), JSON.stringify(mutation.baseVersions), mutation.createdAt, mutation.actorId);
  return Number(result.lastInsertRowid);
}

export function pendingMutations(db: ReadableDB, limit = 100): Mutation[] {
  const client = clientId(db);
  const rows = statement(db, 'SELECT * FROM outbox ORDER BY id LIMIT ?').all(limit) as OutboxRow[];
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
