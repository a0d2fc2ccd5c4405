import { ActorSchema, type Actor } from '../../shared/domain/actor';
import type { ComplaintWriteDB, ReadableDB } from '../handles';
import { statement } from '../statements';

/** A local change waiting to be pushed: the command itself, not the rows it wrote. */
export interface Mutation {
  clientId: string;
  /** Per desk, +1 each, never reused. */
  id: number;
  /** Per actor on this desk, +1 each, never reused: the id the server counts for that person's client id. */
  clientSeq: number;
  opId: string;
  name: string;
  args: unknown;
  /** Per field the change touched: the server's version of that field the change was based on. */
  baseVersions: Record<string, number>;
  /** The clock, read once when the command ran: replay uses this time. */
  createdAt: string;
  actorId: string;
  /** Who ran it, with name and role, so a replay writes the same events (rows from before migration 13: 工号 only). */
  actor: Actor;
}

export type NewMutation = Omit<Mutation, 'clientId' | 'id' | 'actorId' | 'clientSeq'>;

interface OutboxRow {
  id: number;
  op_id: string;
  name: string;
  args: string;
  base_versions: string;
  created_at: string;
  actor_id: string;
  actor: string | null;
  client_seq: number;
}

export function clientId(db: ReadableDB): string {
  const row = statement(db, "SELECT value FROM sync_state WHERE key = 'client_id'").get() as { value: string };
  return row.value;
}

/** Appends a mutation; its id is the next per-client number (AUTOINCREMENT never reuses one). */
export function appendMutation(db: ComplaintWriteDB, mutation: NewMutation): number {
  const seq = statement(
    db,
    `INSERT INTO sync_state (key, value) VALUES ('next_seq:' || ?, '1')
     ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) RETURNING value`,
  ).get(mutation.actor.id) as { value: string };
  const result = statement(
    db,
    `INSERT INTO outbox (op_id, name, args, base_versions, created_at, actor_id, actor, client_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    mutation.opId,
    mutation.name,
    JSON.stringify(mutation.args),
    JSON.stringify(mutation.baseVersions),
    mutation.createdAt,
    mutation.actor.id,
    JSON.stringify(ActorSchema.parse(mutation.actor)),
    Number(seq.value),
  );
  return Number(result.lastInsertRowid);
}

function toMutation(client: string, r: OutboxRow): Mutation {
  return {
    clientId: client,
    id: r.id,
    opId: r.op_id,
    name: r.name,
    args: JSON.parse(r.args),
    baseVersions: JSON.parse(r.base_versions),
    createdAt: r.created_at,
    actorId: r.actor_id,
    actor: r.actor ? ActorSchema.parse(JSON.parse(r.actor)) : { id: r.actor_id, name: r.actor_id, role: 'agent' },
    clientSeq: r.client_seq,
  };
}

export function pendingMutations(db: ReadableDB, limit = 100): Mutation[] {
  const client = clientId(db);
  return (statement(db, 'SELECT * FROM outbox ORDER BY id LIMIT ?').all(limit) as OutboxRow[]).map((r) => toMutation(client, r));
}

/** One person's mutations waiting for the server, in their order, from their sequence number `after` on. */
export function pendingMutationsOf(db: ReadableDB, actorId: string, after = 0, limit = 100): Mutation[] {
  const client = clientId(db);
  const rows = statement(db, 'SELECT * FROM outbox WHERE actor_id = ? AND client_seq > ? ORDER BY client_seq LIMIT ?').all(actorId, after, limit) as OutboxRow[];
  return rows.map((r) => toMutation(client, r));
}

/** This person's mutations still in the outbox with these op ids (the refused ones a pull names, before they leave it). */
export function outboxMutationsByOpId(db: ReadableDB, actorId: string, opIds: readonly string[]): Mutation[] {
  if (opIds.length === 0) return [];
  const client = clientId(db);
  const rows = statement(db, 'SELECT * FROM outbox WHERE actor_id = ? AND op_id IN (SELECT value FROM json_each(?)) ORDER BY client_seq').all(actorId, JSON.stringify(opIds)) as OutboxRow[];
  return rows.map((r) => toMutation(client, r));
}

export function countPending(db: ReadableDB, actorId?: string): number {
  const row = (actorId === undefined
    ? statement(db, 'SELECT COUNT(*) AS n FROM outbox').get()
    : statement(db, 'SELECT COUNT(*) AS n FROM outbox WHERE actor_id = ?').get(actorId)) as { n: number };
  return row.n;
}

/** The server applied or rejected this person's mutations up to `lastMutationId`: they leave the outbox. */
export function dropAcknowledged(db: ComplaintWriteDB, actorId: string, lastMutationId: number): void {
  statement(db, 'DELETE FROM outbox WHERE actor_id = ? AND client_seq <= ?').run(actorId, lastMutationId);
}
