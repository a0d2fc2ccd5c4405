import type { PullResponse, Rejection } from '../../shared/sync/protocol';
import { PullRequestSchema, type PullRequest } from '../../shared/sync/protocol';
import { rowsOf, type Queryable } from '../db/queryable';
import type { Actor } from '../services/access';
import type { ServerContext } from '../services/context';
import { lastMutationIdOf } from './client-counter';
import { highWater } from './feed';
import { visibleSql } from './visibility';

/** One change of the page as JSON text, with its feed position. */
type Positioned = { position: number; json: string };

/** A pull page whose changes are JSON text as PostgreSQL wrote it: the server never parses nor re-serialises them. */
export interface PullPage {
  head: Omit<PullResponse, 'changes'>;
  changes: string[];
}

/** The page as the response body (a PullResponse). */
export const pullPageJson = (page: PullPage): string => `{"changes":[${page.changes.join(',')}],${JSON.stringify(page.head).slice(1)}`;

/** A Change of kind put: the complaint, its whole timeline and the server's meta, built by PostgreSQL in one query. */
async function puts(db: Queryable, caller: Actor, cursor: number, limit: number): Promise<Positioned[]> {
  const visible = visibleSql(caller, 3);
  const rows = await rowsOf<{ position: string; change: string }>(
    db,
    `SELECT c.position, json_build_object(
       'kind', 'put',
       'complaint', c.document,
       'events', COALESCE((SELECT json_agg(e.document ORDER BY e.seq) FROM sync_events e WHERE e.complaint_id = c.id), '[]'::json),
       'meta', json_build_object('fieldVersions', c.field_versions, 'needsReview', c.needs_review, 'conflicts', c.conflicts, 'deleted', c.deleted)
     )::text AS change
     FROM sync_complaints c WHERE c.position > $1 AND ${visible.sql} ORDER BY c.position LIMIT $2`,
    [cursor, limit, ...visible.params],
  );
  return rows.map((r) => ({ position: Number(r.position), json: r.change }));
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
  return rows.map((r) => ({ position: Number(r.position), json: JSON.stringify({ kind: 'remove', complaintId: r.complaint_id }) }));
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
export async function pull(ctx: ServerContext, caller: Actor, input: PullRequest): Promise<PullPage> {
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
      changes: page.map((p) => p.json),
      head: {
        cursor: hasMore ? page.at(-1)!.position : Math.max(top, request.cursor),
        hasMore,
        highWater: top,
        lastMutationId,
        rejections,
      },
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
