import type pg from 'pg';
import { inTransaction } from '../db/transaction';
import { placeWaiting } from './feed';
import type { PokeHub } from './poke-hub';

/**
 * Runs placeWaiting for this process's pushes, one run at a time: a push that committed while a run
 * was going waits for the next run, which places it together with every other push that committed
 * meanwhile. A run that placed something pokes the desks the changes concern — here, and through the
 * relay elsewhere — as the changes become visible.
 */
export class FeedPlacer {
  private running: Promise<void> | null = null;
  private next: Promise<void> | null = null;

  constructor(
    private readonly pool: pg.Pool,
    private readonly pokes: PokeHub,
  ) {}

  /** Resolves once a run that started after this call has committed. */
  place(): Promise<void> {
    if (!this.running) {
      this.running = this.run().finally(() => (this.running = null));
      return this.running;
    }
    this.next ??= this.running.then(
      () => this.startNext(),
      () => this.startNext(),
    );
    return this.next;
  }

  private startNext(): Promise<void> {
    this.next = null;
    return this.place();
  }

  private async run(): Promise<void> {
    const placed = await inTransaction(this.pool, async (tx) => {
      const placed = await placeWaiting(tx);
      if (placed.count > 0) await this.pokes.announce(tx, placed.audience);
      return placed;
    });
    if (placed.count > 0) this.pokes.poke(placed.audience);
  }
}
