import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Queryable } from '../db/queryable';
import { actorRevocationOf, type ActorRevocation } from '../services/actor-cache';
import { endedSessionsOf, type EndedSessions } from './ended-sessions';
import { EVERYONE, type PokeAudience } from './poke-audience';

const CHANNEL = 'sync_poke';
/** Sessions that ended (sign-out, deactivation, password reset): every process closes their poke streams. */
const ENDED_CHANNEL = 'sync_session_end';
/** A session ended or a person or team changed (server migration 26's triggers): every process's token cache drops them. */
const ACTOR_CHANNEL = 'actor_revoked';
const RECONNECT_MS = 1_000;
/** PostgreSQL refuses a notice payload of 8,000 bytes or more: a longer audience is announced as everyone. */
const PAYLOAD_MAX = 7_900;

/**
 * Pokes across server processes on one PostgreSQL: each process keeps one dedicated connection
 * listening on a channel, and the feed placer notifies it, with the changes' audience, inside its
 * transaction (PostgreSQL delivers it on commit, never for a rollback). A process ignores its own
 * notices: it has poked its desks already.
 * A lost listening connection reconnects, then pokes the local desks once in case a notice was missed.
 * The token cache serves only while the connection listens: it is emptied and off while it is lost.
 */
export class PokeRelay {
  private readonly origin = randomUUID();
  private client: pg.Client | null = null;
  private closed = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private readonly connectionString: string,
    private readonly pokeLocal: (audience: PokeAudience) => void,
    private readonly endLocal: (ended: EndedSessions) => void = () => {},
    private readonly actors: ActorRevocationSink | null = null,
  ) {}

  async start(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString });
    client.on('notification', (notice) => {
      if (notice.channel === ENDED_CHANNEL && notice.payload) return this.onEnded(notice.payload);
      if (notice.channel === ACTOR_CHANNEL) return this.actors?.revoke(actorRevocationOf(notice.payload ?? ''));
      if (notice.channel !== CHANNEL || !notice.payload) return;
      const { origin, audience } = parseNotice(notice.payload);
      if (origin !== this.origin) this.pokeLocal(audience);
    });
    const lost = () => {
      if (this.client !== client) return;
      this.client = null;
      this.actors?.serving(false);
      client.end().catch(() => undefined);
      this.scheduleReconnect();
    };
    client.on('error', lost);
    client.on('end', lost);
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    await client.query(`LISTEN ${ENDED_CHANNEL}`);
    await client.query(`LISTEN ${ACTOR_CHANNEL}`);
    this.client = client;
    this.actors?.serving(true);
  }

  private scheduleReconnect(): void {
    if (this.closed || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      this.start().then(
        () => this.pokeLocal(EVERYONE),
        () => this.scheduleReconnect(),
      );
    }, RECONNECT_MS);
    this.retry.unref();
  }

  /** Inside the writing transaction: the other processes hear it once it commits. */
  async announce(tx: Queryable, audience: PokeAudience): Promise<void> {
    const listed = JSON.stringify({ origin: this.origin, audience });
    const payload = Buffer.byteLength(listed) < PAYLOAD_MAX ? listed : JSON.stringify({ origin: this.origin, audience: EVERYONE });
    await tx.query('SELECT pg_notify($1, $2)', [CHANNEL, payload]);
  }

  /** Inside the transaction that ended the sessions: the other processes close their streams once it commits. */
  async announceEnded(tx: Queryable, ended: EndedSessions): Promise<void> {
    await tx.query('SELECT pg_notify($1, $2)', [ENDED_CHANNEL, JSON.stringify({ origin: this.origin, ended })]);
  }

  private onEnded(payload: string): void {
    try {
      const notice = JSON.parse(payload) as { origin?: unknown; ended?: unknown };
      const ended = endedSessionsOf(notice.ended);
      if (ended && notice.origin !== this.origin) this.endLocal(ended);
    } catch {
      // not JSON: not ours
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    this.actors?.serving(false);
    await client?.end().catch(() => undefined);
  }
}

/** The token cache as the relay drives it (ActorCache). */
export interface ActorRevocationSink {
  revoke(revocation: ActorRevocation): void;
  serving(on: boolean): void;
}

/** A notice from another process; one that cannot be read (an older server's) pokes everyone. */
function parseNotice(payload: string): { origin: string; audience: PokeAudience } {
  try {
    const notice = JSON.parse(payload) as { origin?: unknown; audience?: Partial<PokeAudience> };
    const a = notice.audience;
    if (typeof notice.origin === 'string' && a && typeof a.all === 'boolean' && Array.isArray(a.grants)) {
      return { origin: notice.origin, audience: { all: a.all, grants: a.grants.map(String) } };
    }
  } catch {
    // not JSON: fall through
  }
  return { origin: '', audience: EVERYONE };
}
