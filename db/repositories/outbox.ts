import { ActorSchema, type Actor } from '../../shared/domain/actor';
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
  /** Per field the change touched: the server's version of that field the change was based on. */
  baseVersions: Record<string, number>;
  /** The clock, read once when the command ran: replay uses this time. */
  createdAt: string;
  actorId: string;
  /** Who ran it, with name and role, so a replay writes the same events (rows from before migration 14: 工号 only). */
  actor: Actor;
}

export type NewMutation = Omit<Mutation, 'clientId' | 'id' | 'actorId'>;

interface OutboxRow {
  id: number;
  op_id: string;
  name: string;
  args: string;
  base_versions: string;
  created_at: string;
  actor_id: string;
  actor: string | null;
}

export function clientId(db: ReadableDB): string {
  const row = statement(db, "SELECT value FROM sync_state WHERE key = 'client_id'").get() as { value: string };
  return row.value;
}

/** Appends a mutation; its id is the next per-client number (AUTOINCREMENT never reuses one). */
export function appendMutation(db: ComplaintWriteDB, mutation: NewMutation): number {
  const result = statement(
    db,
    `INSERT INTO outbox (op_id, name, args, base_versions, created_at, actor_id, actor) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    mutation.opId,
    mutation.name,
    JSON.stringify(mutation.args),
    JSON.stringify(mutation.baseVersions),
    mutation.createdAt,
    mutation.actor.id,
    JSON.stringify(ActorSchema.parse(mutation.actor)),
  );
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
    actor: r.actor ? ActorSchema.parse(JSON.parse(r.actor)) : { id: r.actor_id, name: r.actor_id, role: 'agent' },
  }));
}
