import type { Queryable } from '../db/queryable';
import type { Actor } from '../services/access';
import { endsStreamOf, type EndedSessions } from './ended-sessions';
import { EVERYONE, reaches, type PokeAudience } from './poke-audience';

/** Tells the other server processes about placed changes and ended sessions, from inside the transaction (see PokeRelay). */
export interface PokeAnnouncer {
  announce(tx: Queryable, audience: PokeAudience): Promise<void>;
  announceEnded(tx: Queryable, ended: EndedSessions): Promise<void>;
}

type Listener = Pick<Actor, 'role' | 'employeeNo' | 'teamId' | 'branchId' | 'userId' | 'sessionId'>;

/**
 * The desks connected for pokes in this process. A poke carries no data, only "pull now", and goes to
 * the desks the placed changes may concern (as the person was when the desk connected); the pull decides
 * what each desk may see. On PostgreSQL a relay (LISTEN/NOTIFY) carries the changes' audience to the
 * desks of the other processes; one process (and PGlite) needs nothing more.
 */
export class PokeHub {
  private readonly listeners = new Set<{ who: Listener; poke: () => void; end: () => void }>();
  private relay: PokeAnnouncer | null = null;

  listen(who: Listener, poke: () => void, end: () => void): () => void {
    const listener = { who, poke, end };
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  relayThrough(relay: PokeAnnouncer | null): void {
    this.relay = relay;
  }

  /** Inside the transaction that placed changes on the feed: the other processes' desks are poked on commit. */
  async announce(tx: Queryable, audience: PokeAudience): Promise<void> {
    await this.relay?.announce(tx, audience);
  }

  /** After changes were placed on the feed: this process's desks they concern. */
  poke(audience: PokeAudience = EVERYONE): void {
    for (const listener of this.listeners) if (reaches(audience, listener.who)) listener.poke();
  }

  /** Inside the transaction that ended sessions: the other processes close their streams on commit. */
  async announceEnded(tx: Queryable, ended: EndedSessions): Promise<void> {
    await this.relay?.announceEnded(tx, ended);
  }

  /** After sessions ended: this process's streams opened with them close at once. */
  endStreams(ended: EndedSessions): void {
    for (const listener of [...this.listeners]) {
      if (!endsStreamOf(ended, listener.who)) continue;
      this.listeners.delete(listener);
      listener.end();
    }
  }

  /** The server is closing: end every stream so it can. */
  endAll(): void {
    for (const listener of [...this.listeners]) listener.end();
    this.listeners.clear();
  }

  get size(): number {
    return this.listeners.size;
  }
}
