import type { Queryable } from '../db/queryable';

/** Tells the other server processes about a push, from inside its transaction (see PokeRelay). */
export interface PokeAnnouncer {
  announce(tx: Queryable): Promise<void>;
}

/**
 * The desks connected for pokes in this process. A poke carries no data, only "pull now": the pull
 * decides what each desk may see. On PostgreSQL a relay (LISTEN/NOTIFY) carries pushes to the desks
 * of the other processes; one process (and PGlite) needs nothing more.
 */
export class PokeHub {
  private readonly listeners = new Set<{ poke: () => void; end: () => void }>();
  private relay: PokeAnnouncer | null = null;

  listen(poke: () => void, end: () => void): () => void {
    const listener = { poke, end };
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  relayThrough(relay: PokeAnnouncer | null): void {
    this.relay = relay;
  }

  /** Inside the transaction that placed changes on the feed: the other processes' desks are poked on commit. */
  async announce(tx: Queryable): Promise<void> {
    await this.relay?.announce(tx);
  }

  /** After changes were placed on the feed: this process's desks. */
  poke(): void {
    for (const listener of this.listeners) listener.poke();
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
