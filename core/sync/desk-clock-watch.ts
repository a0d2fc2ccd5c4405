import { CLOCK_WARNING_MS } from '../../shared/sync/desk-clock';
import type { ClockCorrection } from '../../shared/sync/protocol';

/** The most corrections the 同步 page lists (newest first). */
const KEPT = 50;

/**
 * What the desk knows of its own clock against the server's: the offset measured at the last answer
 * (server time − the desk's, in ms) and the times of its pushes the server corrected, newest first.
 */
export class DeskClockWatch {
  private offset: number | null = null;
  private readonly lists = new Map<string, ClockCorrection[]>();

  /** An answer carrying the server's time, received when the desk's clock read `deskNow`. */
  observe(serverTime: string | undefined, deskNow: Date): void {
    const server = serverTime === undefined ? Number.NaN : Date.parse(serverTime);
    if (!Number.isNaN(server)) this.offset = server - deskNow.getTime();
  }

  /** The corrections of a push of `personId`'s changes. */
  corrected(personId: string, corrections: readonly ClockCorrection[]): void {
    if (corrections.length === 0) return;
    this.lists.set(personId, [...corrections].reverse().concat(this.correctionsOf(personId)).slice(0, KEPT));
  }

  get offsetMs(): number | null {
    return this.offset;
  }

  /** The desk's clock is further off the server's than an agent should work with. */
  get off(): boolean {
    return this.offset !== null && Math.abs(this.offset) > CLOCK_WARNING_MS;
  }

  correctionsOf(personId: string): ClockCorrection[] {
    return this.lists.get(personId) ?? [];
  }
}
