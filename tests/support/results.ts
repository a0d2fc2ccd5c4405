import type { Database } from 'better-sqlite3';
import type { ApiResult } from '../../shared/api/errors';

/** The value of a successful call; a failed one fails the test with the desk's error. */
export function valueOf<T>(result: ApiResult<unknown>): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as T;
}

export function countRows(db: Database, table: string): number {
  return (db.prepare(`SELECT count(*) n FROM ${table}`).get() as { n: number }).n;
}
