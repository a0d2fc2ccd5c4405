import type { Queryable } from '../db/queryable';
import { firstRowOf } from '../db/queryable';
import { audienceOf, type PlacedChange, type PokeAudience } from './poke-audience';

/**
 * Gives every committed change still waiting at position 0 its feed position, in one short
 * transaction that holds the one-row counter. Pushes write their complaints and removals at
 * position 0 (never served: cursors start at 0) and commit on their own, side by side, so their
 * commits are flushed together; this then numbers them. The counter row stays locked until this
 * transaction ends, so positions commit in the order they are given: a reader that sees position p has
 * seen every change at or below p, and its cursor can never pass a change that becomes visible later.
 * Rows a running push has locked are skipped: that push places them itself once it has committed.
 * Answers how many changes it placed and whose desks they concern.
 */
export async function placeWaiting(tx: Queryable): Promise<{ count: number; audience: PokeAudience }> {
  const base = Number((await firstRowOf<{ position: string }>(tx, 'SELECT position FROM sync_feed WHERE id = 1 FOR UPDATE'))!.position);
  const puts = await tx.query<PlacedRow>(
    `UPDATE sync_complaints c SET position = $1 + w.n
     FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM (SELECT id FROM sync_complaints WHERE position = 0 FOR UPDATE SKIP LOCKED) l) w
     WHERE c.id = w.id
     RETURNING c.owner_no, c.assignee_no, c.team_id, c.branch_id`,
    [base],
  );
  const afterPuts = base + (puts.rowCount ?? 0);
  const removes = await tx.query<PlacedRow>(
    `UPDATE sync_removals r SET position = $1 + w.n
     FROM (SELECT row, row_number() OVER (ORDER BY row) AS n FROM (SELECT ctid AS row FROM sync_removals WHERE position = 0 FOR UPDATE SKIP LOCKED) l) w
     WHERE r.ctid = w.row
     RETURNING r.owner_no, r.assignee_no, r.team_id, (SELECT t.branch_id FROM teams t WHERE t.id = r.team_id) AS branch_id`,
    [afterPuts],
  );
  const placed = (puts.rowCount ?? 0) + (removes.rowCount ?? 0);
  if (placed > 0) await tx.query('UPDATE sync_feed SET position = $1 WHERE id = 1', [base + placed]);
  return { count: placed, audience: audienceOf([...puts.rows, ...removes.rows].map(placedChange)) };
}

interface PlacedRow {
  owner_no: string | null;
  assignee_no: string | null;
  team_id: string | null;
  branch_id: string | null;
}

const placedChange = (r: PlacedRow): PlacedChange => ({ ownerNo: r.owner_no, assigneeNo: r.assignee_no, teamId: r.team_id, branchId: r.branch_id });
