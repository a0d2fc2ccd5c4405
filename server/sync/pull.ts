import type { Change, PullResponse, Rejection } from '../../shared/sync/protocol';
import { PullRequestSchema, type PullRequest } from '../../shared/sync/protocol';
import { rowsOf, type Queryable } from '../db/queryable';
import type { Actor } from '../services/access';
import type { ServerContext } from '../services/context';
import { lastMutationIdOf } from './client-counter';
import { highWater } from './feed';
import { callsOf } from './sync-calls';
import { COMPLAINT_COLUMNS, eventsOf, toStored } from './sync-repo';
import { visibleSql } from './visibility';

type Positioned = { position: number; change: Change };

async function puts(db: Queryable, caller: Actor, cursor: number, limit: number): Promise<Positioned[]> {
  const visible = visibleSql(caller, 3);
  const rows = await rowsOf<Parameters<typeof toStored>[0] & { id: string }>(
    db,
    `SELECT ${COMPLAINT_COLUMNS} FROM sync_complaints c WHERE c.position > $1 AND ${visible.sql} ORDER BY c.position LIMIT $2`,
    [cursor, limit, ...visible.params],
  );
  const stored = rows.map(toStored);
  const ids = stored.map((s) => s.complaint.id);
  const events = await eventsOf(db, ids);
  const calls = await callsOf(db, ids);
  return stored.map((s) => ({
    position: s.position,
    change: {
      kind: 'put',
      complaint: s.complaint,
      events: events.get(s.complaint.id) ?? [],
      meta: { fieldVersions: s.fieldVersions, needsReview: s.needsReview, conflicts: s.conflicts, deleted: s.deleted },
      calls: calls.get(s.complaint.id) ?? [],
    },
  }));
}

/** Complaints that moved away from the caller after the cursor and that the caller no longer sees. */
async function removes(db: Queryable, caller: Actor, cursor: number, limit: number): Promise<Positioned[]> {
  if (caller.role === 'admin') return [];
  const visible = visibleSql(caller, 4);
  const lostBy = caller.role === 'lead' ? 'r.team_id = $3' : 'lower(r.assignee_no) = lower($3)';
  const rows = await rowsOf<{ position: string; complaint_id: string }>(
    db,
    `SELECT r.position, r.complaint_id FROM sync_removals r JOIN sync_complaints c ON c.id = r.complaint_id
     WHERE r.position > $1 AND ${lostBy} AND NOT ${visible.sql} ORDER BY r.position LIMIT $2`,
    [cursor, limit, caller.role === 'lead' ? caller.teamId : caller.employeeNo, ...visible.params],
  );
  return rows.map((r) => ({ position: Number(r.position), change: { kind: 'remove', complaintId: r.complaint_id } }));
}

async function rejectionsOf(db: Queryable, clientId: string, after: number): Promise<Rejection[]> {
  const rows = await rowsOf<{ mutation_id: string; op_id: string; name: string; code: string; message_key: string; params: Record<string, string | number> | null; at: Date }>(
    db,
    'SELECT mutation_id, op_id, name, code, message_key, params, at FROM sync_rejections WHERE client_id = $1 AND mutation_id > $2 ORDER BY mutation_id LIMIT 200',
    [clientId, after],
  );
  return rows.map((r) => ({
    mutationId: Number(r.mutation_id),
    opId: r.op_id,
    name: r.name,
    code: r.code,
    messageKey: r.message_key,
    ...(r.params ? { params: r.params } : {}),
    at: new Date(r.at).toISOString(),
  }));
}

/**
 * The changes the caller may see after the cursor, one page, read in one snapshot with the feed's
 * position: every change up to that position has committed, so a page that ends the feed moves the
 * cursor to it without skipping anything.
 */
export async function pull(ctx: ServerContext, caller: Actor, input: PullRequest): Promise<PullResponse> {
  const request = PullRequestSchema.parse(input);
  const client = await ctx.pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const lastMutationId = await lastMutationIdOf(client, request.clientId, caller.userId);
    const top = await highWater(client);
    const found = [...(await puts(client, caller, request.cursor, request.limit + 1)), ...(await removes(client, caller, request.cursor, request.limit + 1))].sort(
      (a, b) => a.position - b.position,
    );
    const page = found.slice(0, request.limit);
    const hasMore = found.length > request.limit;
    const rejections = await rejectionsOf(client, request.clientId, request.rejectionsAfter);
    await client.query('COMMIT');
    return {
      changes: page.map((p) => p.change),
      cursor: hasMore ? page.at(-1)!.position : Math.max(top, request.cursor),
      hasMore,
      highWater: top,
      lastMutationId,
      rejections,
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
