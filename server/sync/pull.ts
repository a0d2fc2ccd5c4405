import type { PullResponse, Rejection } from '../../shared/sync/protocol';
import { PullRequestSchema, type PullRequest } from '../../shared/sync/protocol';
import { firstRowOf, rowsOf, type Queryable } from '../db/queryable';
import type { Actor } from '../services/access';
import type { ServerContext } from '../services/context';
import { requireOwnClient, signInIdOf } from './client-binding';
import { clientBoundToOtherUser, cursorAhead } from './sync-refusals';
import { reachOf } from '../../shared/domain/visibility/visibility-rule';
import type { FeedRead } from './shared-feed-reads';
import { seesEverything, visibleRemovalSql, visibleSql } from './visibility';

/** A pull page whose changes are JSON text as PostgreSQL wrote it: the server never parses nor re-serialises them. */
export interface PullPage {
  head: Omit<PullResponse, 'changes'>;
  changes: string[];
}

/** The page as the response body (a PullResponse). */
export const pullPageJson = (page: PullPage): string => `{"changes":[${page.changes.join(',')}],${JSON.stringify(page.head).slice(1)}`;

/**
 * A put change as JSON text, built by PostgreSQL from sync_complaints (alias c) joined to its branch (alias b):
 * the complaint, its whole timeline, the server's meta with its branch's id and name, and its calls.
 */
export const PUT_CHANGE_SQL = `json_build_object(
       'kind', 'put',
       'complaint', c.document,
       'events', COALESCE((SELECT json_agg(e.document ORDER BY e.seq) FROM sync_events e WHERE e.complaint_id = c.id), '[]'::json),
       'meta', json_build_object('fieldVersions', c.field_versions, 'needsReview', c.needs_review, 'conflicts', c.conflicts, 'deleted', c.deleted,
         'branch', CASE WHEN b.id IS NULL THEN NULL ELSE json_build_object('id', b.id, 'name', b.name) END),
       'calls', COALESCE((SELECT json_agg(k.record ORDER BY k.id) FROM sync_calls k WHERE k.complaint_id = c.id), '[]'::json)
     )::text`;

/**
 * One statement for the page, so one snapshot: the feed's top, and puts (the complaint, its whole timeline, its
 * calls and the server's meta with its branch's id and name, built by PostgreSQL) and removes (complaints that
 * moved away from the caller after the cursor and that the caller no longer sees), in feed order, one more than
 * the page to tell whether there is more. Every change up to that top has committed, so a page that ends the
 * feed moves the cursor to it without skipping anything. It depends on the caller's reach only (SharedFeedReads).
 */
async function changesAfter(db: Queryable, caller: Actor, cursor: number, limit: number): Promise<FeedRead> {
  const visible = visibleSql(caller, 3);
  const puts = `(SELECT c.position, ${PUT_CHANGE_SQL} AS change
     FROM sync_complaints c LEFT JOIN branches b ON b.id = c.branch_id
     WHERE c.position > $1 AND ${visible.sql} ORDER BY c.position LIMIT $2)`;
  // The same rule over the placement the complaint left says who lost sight of it (same parameters).
  const lostBy = visibleRemovalSql(caller, 3);
  const removes = `(SELECT r.position, json_build_object('kind', 'remove', 'complaintId', r.complaint_id)::text
     FROM sync_removals r JOIN sync_complaints c ON c.id = r.complaint_id LEFT JOIN teams rt ON rt.id = r.team_id
     WHERE r.position > $1 AND ${lostBy.sql} AND NOT ${visible.sql} ORDER BY r.position LIMIT $2)`;
  const page = seesEverything(caller) ? puts : `${puts} UNION ALL ${removes} ORDER BY position LIMIT $2`;
  const rows = await rowsOf<{ top: string; position: string | null; change: string | null }>(
    db,
    `SELECT f.position AS top, p.position, p.change FROM sync_feed f LEFT JOIN (${page}) p ON true WHERE f.id = 1 ORDER BY p.position`,
    [cursor, limit, ...visible.params],
  );
  return {
    top: Number(rows[0]!.top),
    found: rows.filter((r) => r.position !== null).map((r) => ({ position: Number(r.position), json: r.change! })),
  };
}

/** The feed's top, who signed in with the client id, its sync row's owner and last mutation id, and its rejections after a mutation id, in one query. */
export async function headOf(db: Queryable, clientId: string, rejectionsAfter: number) {
  type RejectionJson = { mutation_id: number; op_id: string; name: string; code: string; message_key: string; params: Record<string, string | number> | null; at: string };
  const row = await firstRowOf<{ top: string; owner: string | null; user_id: string | null; last_mutation_id: string | null; settings_version: number | null; rejections: RejectionJson[] }>(
    db,
    `SELECT f.position AS top, (SELECT user_id FROM clients WHERE id = $3::uuid) AS owner, k.user_id, k.last_mutation_id,
       (SELECT version FROM org_settings WHERE id = 1) AS settings_version,
       COALESCE((SELECT json_agg(r ORDER BY r.mutation_id) FROM (
         SELECT mutation_id, op_id, name, code, message_key, params, at FROM sync_rejections
         WHERE client_id = $1 AND mutation_id > $2 ORDER BY mutation_id LIMIT 200) r), '[]'::json) AS rejections
     FROM sync_feed f LEFT JOIN sync_client k ON k.client_id = $1 WHERE f.id = 1`,
    [clientId, rejectionsAfter, signInIdOf(clientId)],
  );
  const rejections: Rejection[] = row!.rejections.map((r) => ({
    mutationId: Number(r.mutation_id),
    opId: r.op_id,
    name: r.name,
    code: r.code,
    messageKey: r.message_key,
    ...(r.params ? { params: r.params } : {}),
    at: new Date(r.at).toISOString(),
  }));
  return {
    top: Number(row!.top),
    owner: row!.owner,
    userId: row!.user_id,
    lastMutationId: Number(row!.last_mutation_id ?? 0),
    settingsVersion: row!.settings_version === null ? undefined : Number(row!.settings_version),
    rejections,
  };
}

/**
 * The changes the caller may see after the cursor, one page. The caller's own part (their desk's binding,
 * rejections, last mutation id) is read first; the page itself is one statement, shared with the pulls asking
 * for the same page with the same reach at the same moment (SharedFeedReads). The cursor moves to the top of the
 * snapshot the page was read in, never past a change it did not see.
 */
export async function pull(ctx: ServerContext, caller: Actor, input: PullRequest): Promise<PullPage> {
  const request = PullRequestSchema.parse(input);
  const head = await headOf(ctx.pool, request.clientId, request.rejectionsAfter);
  requireOwnClient(head.owner, caller.userId);
  if (head.userId !== null && head.userId !== caller.userId) throw clientBoundToOtherUser();
  // A desk restored from an old backup would skip every change up to its cursor: it must pull from 0 again.
  if (request.cursor > head.top) throw cursorAhead(request.cursor, head.top);
  const readPage = () => changesAfter(ctx.pool, caller, request.cursor, request.limit + 1);
  let read = await ctx.feedReads.read(reachOf(caller), request.cursor, request.limit + 1, readPage);
  // A shared read that began before this desk's cursor existed: this pull reads its own.
  if (read.top < request.cursor) read = await readPage();
  const page = read.found.slice(0, request.limit);
  const hasMore = read.found.length > request.limit;
  return {
    changes: page.map((p) => p.json),
    head: {
      cursor: hasMore ? page.at(-1)!.position : read.top,
      hasMore,
      highWater: read.top,
      lastMutationId: head.lastMutationId,
      rejections: head.rejections,
      serverTime: ctx.clock().toISOString(),
      ...(head.settingsVersion === undefined ? {} : { settingsVersion: head.settingsVersion }),
    },
  };
}
