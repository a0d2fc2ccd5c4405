import type { Queryable } from '../db/queryable';
import { firstRowOf } from '../db/queryable';
import type { Placement } from './visibility';

/** What a push batch puts on the change feed, in order: complaints written and sightings lost. */
export class FeedEntries {
  readonly entries: Array<{ kind: 'put'; complaintId: string } | { kind: 'remove'; complaintId: string; before: Placement }> = [];

  put(complaintId: string): void {
    this.entries.push({ kind: 'put', complaintId });
  }

  remove(complaintId: string, before: Placement): void {
    this.entries.push({ kind: 'remove', complaintId, before });
  }
}

/**
 * Gives a batch's writes their feed positions, as the last statements of the writing transaction.
 * The counter row stays locked until that transaction ends, so positions commit in the order they are
 * taken: a reader that sees position p has seen every change at or below p, and its cursor can never
 * pass a change that commits later. Taking them last keeps the lock for a few statements and the
 * commit, not for the whole batch: pushes of different desks do their work side by side.
 */
export async function placeOnFeed(tx: Queryable, feed: FeedEntries): Promise<void> {
  const count = feed.entries.length;
  if (count === 0) return;
  const row = await firstRowOf<{ top: string }>(tx, 'UPDATE sync_feed SET position = position + $1 WHERE id = 1 RETURNING position AS top', [count]);
  const first = Number(row!.top) - count + 1;
  const lastPut = new Map<string, number>();
  const removals: Array<{ position: number; complaintId: string; before: Placement }> = [];
  feed.entries.forEach((entry, i) => {
    if (entry.kind === 'put') lastPut.set(entry.complaintId, first + i);
    else removals.push({ position: first + i, complaintId: entry.complaintId, before: entry.before });
  });
  await tx.query('UPDATE sync_complaints c SET position = t.position FROM unnest($1::text[], $2::bigint[]) AS t(id, position) WHERE c.id = t.id', [
    [...lastPut.keys()],
    [...lastPut.values()],
  ]);
  if (removals.length === 0) return;
  // Those who saw the complaint before it moved: their desks pull a remove unless they still see it.
  await tx.query(
    `INSERT INTO sync_removals (position, complaint_id, assignee_no, owner_no, team_id)
     SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::uuid[])`,
    [
      removals.map((r) => r.position),
      removals.map((r) => r.complaintId),
      removals.map((r) => r.before.assigneeNo),
      removals.map((r) => r.before.ownerNo),
      removals.map((r) => r.before.teamId),
    ],
  );
}

/** The newest committed position, as this transaction's snapshot sees it. */
export async function highWater(db: Queryable): Promise<number> {
  const row = await firstRowOf<{ position: string }>(db, 'SELECT position FROM sync_feed WHERE id = 1');
  return Number(row!.position);
}
