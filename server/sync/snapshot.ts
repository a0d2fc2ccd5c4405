import type { SnapshotBegin, SnapshotRequest } from '../../shared/sync/snapshot';
import { firstRowOf, rowsOf } from '../db/queryable';
import type { Actor } from '../services/access';
import type { ServerContext } from '../services/context';
import { requireOwnClient, signInIdOf } from './client-binding';
import { headOf, PUT_CHANGE_SQL } from './pull';
import { clientBoundToOtherUser } from './sync-refusals';
import { ownSql, visibleSql } from './visibility';

/** Complaints read per query while a snapshot streams: each read is a short statement of its own. */
export const SNAPSHOT_READ_CHUNK = 500;

/** A snapshot, checked and begun: its first line, and its remaining lines (JSON text each) read as they are consumed. */
export interface SnapshotStream {
  begin: SnapshotBegin;
  lines(): AsyncGenerator<string>;
}

/**
 * Every complaint the caller may see now, for a client that holds nothing yet (or starts over).
 *
 * The cursor is the feed's top read first, in one statement with the client's last mutation id; the
 * complaints are read afterwards, in short queries by id (no transaction stays open while a slow client
 * reads, so pushes go on side by side — on an embedded server's single connection too). Every change
 * at or below the cursor has committed before the first read, so each read sees it; a change that
 * commits later is placed after the cursor, so the feed brings it once the snapshot is applied, even if a
 * read already saw it. Visibility is the pull's rule (server/sync/visibility.ts), checked by every read.
 * The caller's own and assigned complaints come first, then the rest.
 */
export async function openSnapshot(
  ctx: ServerContext,
  caller: Actor,
  request: SnapshotRequest,
  readChunk = SNAPSHOT_READ_CHUNK,
): Promise<SnapshotStream> {
  const head = await headOf(ctx.pool, request.clientId, 0);
  requireOwnClient(head.owner, caller.userId);
  if (head.userId !== null && head.userId !== caller.userId) throw clientBoundToOtherUser();
  const visible = visibleSql(caller, 1);
  const own = ownSql(caller, 1 + visible.params.length);
  const counts = await firstRowOf<{ total: string; own: string }>(
    ctx.pool,
    `SELECT count(*) AS total, count(*) FILTER (WHERE ${own.sql}) AS own FROM sync_complaints c WHERE ${visible.sql}`,
    [...visible.params, ...own.params],
  );
  const begin: SnapshotBegin = {
    kind: 'begin',
    cursor: head.top,
    total: Number(counts!.total),
    own: Number(counts!.own),
    lastMutationId: head.lastMutationId,
    serverTime: ctx.clock().toISOString(),
    ...(head.settingsVersion === undefined ? {} : { settingsVersion: head.settingsVersion }),
  };
  return { begin, lines: () => snapshotLines(ctx, caller, readChunk) };
}

async function* snapshotLines(ctx: ServerContext, caller: Actor, readChunk: number): AsyncGenerator<string> {
  let ownCount = 0;
  for await (const line of putsOf(ctx, caller, true, readChunk)) {
    ownCount++;
    yield line;
  }
  yield JSON.stringify({ kind: 'ownDone', count: ownCount });
  let count = ownCount;
  for await (const line of putsOf(ctx, caller, false, readChunk)) {
    count++;
    yield line;
  }
  yield JSON.stringify({ kind: 'end', count });
}

/** The caller's visible complaints that are (own) or are not (!own) their own or assigned ones, as put changes, by id. */
async function* putsOf(ctx: ServerContext, caller: Actor, ownFirst: boolean, readChunk: number): AsyncGenerator<string> {
  const visible = visibleSql(caller, 3);
  const own = ownSql(caller, 3 + visible.params.length);
  const which = ownFirst ? own.sql : `NOT ${own.sql}`;
  const sql = `SELECT c.id, ${PUT_CHANGE_SQL} AS change
    FROM sync_complaints c LEFT JOIN branches b ON b.id = c.branch_id
    WHERE c.id > $1 AND ${visible.sql} AND ${which} ORDER BY c.id LIMIT $2`;
  let after = '';
  for (;;) {
    const rows = await rowsOf<{ id: string; change: string }>(ctx.pool, sql, [after, readChunk, ...visible.params, ...own.params]);
    for (const row of rows) yield row.change;
    if (rows.length < readChunk) return;
    after = rows.at(-1)!.id;
  }
}
