/**
 * The desks connected for pokes in this process. A poke carries no data, only "pull now": the pull
 * decides what each desk may see. Several server processes would relay through PostgreSQL
 * LISTEN/NOTIFY; one process (and PGlite) needs nothing more.
 */
export class PokeHub {
  private readonly listeners = new Set<{ poke: () => void; end: () => void }>();

  listen(poke: () => void, end: () => void): () => void {
    const listener = { poke, end };
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

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
