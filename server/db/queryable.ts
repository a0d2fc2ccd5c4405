import type pg from 'pg';

/** What a repository needs: a pool, or one client inside a transaction (PostgreSQL and PGlite alike). */
export type Queryable = Pick<pg.Pool, 'query'> | Pick<pg.PoolClient, 'query'>;

export async function rowsOf<R extends pg.QueryResultRow>(db: Queryable, text: string, values: unknown[] = []): Promise<R[]> {
  return (await db.query<R>(text, values)).rows;
}

export async function firstRowOf<R extends pg.QueryResultRow>(
  db: Queryable,
  text: string,
  values: unknown[] = [],
): Promise<R | undefined> {
  return (await rowsOf<R>(db, text, values))[0];
}
