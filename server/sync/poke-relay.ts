import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Queryable } from '../db/queryable';

const CHANNEL = 'sync_poke';
const RECONNECT_MS = 1_000;

/**
 * Pokes across server processes on one PostgreSQL: each process keeps one dedicated connection
 * listening on a channel, and a push notifies it inside its transaction (PostgreSQL delivers it on
 * commit, never for a rollback). A process ignores its own notices: it has poked its desks already.
 * A lost listening connection reconnects, then pokes the local desks once in case a notice was missed.
 */
export class PokeRelay {
  private readonly origin = randomUUID();
  private client: pg.Client | null = null;
  private closed = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private readonly connectionString: string,
    private readonly pokeLocal: () => void,
  ) {}

  async start(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString });
    client.on('notification', (notice) => {
      if (notice.channel === CHANNEL && notice.payload !== this.origin) this.pokeLocal();
    });
    const lost = () => {
      if (this.client !== client) return;
      this.client = null;
      client.end().catch(() => undefined);
      this.scheduleReconnect();
    };
    client.on('error', lost);
    client.on('end', lost);
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    this.client = client;
  }

  private scheduleReconnect(): void {
    if (this.closed || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      this.start().then(
        () => this.pokeLocal(),
        () => this.scheduleReconnect(),
      );
    }, RECONNECT_MS);
    this.retry.unref();
  }

  /** Inside the writing transaction: the other processes hear it once it commits. */
  async announce(tx: Queryable): Promise<void> {
    await tx.query('SELECT pg_notify($1, $2)', [CHANNEL, this.origin]);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }
}
