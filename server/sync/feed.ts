import type { Queryable } from '../db/queryable';
import { firstRowOf } from '../db/queryable';

/**
 * The next change-feed position, taken inside the writing transaction. The row stays locked until that
 * transaction ends, so positions commit in the order they are taken: a reader that sees position p has
 * seen every change at or below p, and its cursor can never pass a change that commits later.
 */
export async function nextPosition(tx: Queryable): Promise<number> {
  const row = await firstRowOf<{ position: string }>(tx, 'UPDATE sync_feed SET position = position + 1 WHERE id = 1 RETURNING position');
  return Number(row!.position);
}

/** The newest committed position, as this transaction's snapshot sees it. */
export async function highWater(db: Queryable): Promise<number> {
  const row = await firstRowOf<{ position: string }>(db, 'SELECT position FROM sync_feed WHERE id = 1');
  return Number(row!.position);
}
