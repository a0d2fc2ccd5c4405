import type pg from 'pg';

/** One server migration: its file is `NNNN-<what>.ts` under this folder, NNNN its version. */
export interface Migration {
  version: number;
  name: string;
  up(client: pg.PoolClient): Promise<void>;
}

/** A migration that runs its statements one after another on the migrating client. */
export const sql =
  (...statements: string[]) =>
  async (client: pg.PoolClient) => {
    for (const statement of statements) await client.query(statement);
  };
