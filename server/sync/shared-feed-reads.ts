import type { Reach } from '../../shared/domain/visibility/visibility-rule';

/** One change of a page as JSON text, with its feed position. */
export type Positioned = { position: number; json: string };

/** What one statement read of the feed: its top in that snapshot and the changes after the cursor that a reach sees. */
export interface FeedRead {
  top: number;
  found: Positioned[];
}

/**
 * Single-flight for the feed's pages: pulls asking at the same moment for the same page — the same reach
 * (what the visibility rule lets the caller see: everything, one team in one branch, or one person's), the
 * same cursor and the same size — share the one query already running instead of each sending its own, as a
 * shift's desks do at 08:30. The reach is the whole of what the page's query depends on (pull.ts builds it
 * from the reach alone), so two callers who may see different complaints never share a page; the parts of a
 * pull that are the caller's own (their desk's binding, rejections, last mutation id) are read per pull.
 * Nothing is kept once the query answers: the next pull reads afresh.
 */
export class SharedFeedReads {
  private readonly running = new Map<string, Promise<FeedRead>>();
  /** Pulls that joined a read already running, since the process started (operations, tests). */
  joined = 0;

  read(reach: Reach, cursor: number, limit: number, run: () => Promise<FeedRead>): Promise<FeedRead> {
    const key = JSON.stringify([reach, cursor, limit]);
    const running = this.running.get(key);
    if (running) {
      this.joined++;
      return running;
    }
    const started = run().finally(() => this.running.delete(key));
    this.running.set(key, started);
    return started;
  }

  /** Reads running now (tests). */
  get inFlight(): number {
    return this.running.size;
  }
}
