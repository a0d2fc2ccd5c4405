import type { SyncStatus } from '../../shared/api/sync';
import { countPending } from '../../db/repositories/outbox';
import { listRejections, pullPosition } from '../../db/repositories/server-state';
import type { DeskContext } from '../context';
import { log } from '../log';
import { currentAgent } from '../services/current-agent';
import { serverLink } from '../services/session-link';
import { backoffDelay } from './backoff';
import { DeskClockWatch } from './desk-clock-watch';
import { contentTransportOf, type ContentTransport } from './content-transport';
import { openPokeStream } from './poke-stream';
import { syncOnce, type SyncProgress } from './sync-once';
import { noteRoundOutcome } from './sync-notices';
import { syncNotice } from '../../db/repositories/sync-notice';
import { httpTransport, type SyncTransport } from './transport';
import { uploadAttachments } from './upload-attachments';

export interface SyncRunnerOptions {
  transport?: SyncTransport;
  /** Whether this desk may sync now; default: a server is set and the person is signed in online. */
  enabled?: () => boolean;
  /** Listen for the server's pokes (default: yes, over HTTP). */
  pokes?: boolean;
  /** Polling when no poke arrives (the fallback), and the wait before checking again while disabled. */
  pollMs?: number;
  idleCheckMs?: number;
  random?: () => number;
  baseBackoffMs?: number;
  maxBackoffMs?: number;
  /** How attachment contents travel (default: the context's, else HTTP). */
  content?: ContentTransport;
  /** How long one round may spend uploading attachment contents before it lets the next round push (default 5 s). */
  uploadBudgetMs?: number;
}

/**
 * The background sync of one desk: a round (push the outbox, pull the feed, send queued attachment contents) on start, on a poke, on
 * sync-now and on a timer; after a failure the next round waits with exponential backoff and jitter.
 * Rounds never overlap; a request during a round runs one more round after it.
 */
export class SyncRunner {
  private readonly transport: SyncTransport;
  private readonly enabled: () => boolean;
  private online = false;
  private syncing = false;
  private progress: number | null = null;
  private firstSync: { done: number; total: number } | null = null;
  private failures = 0;
  private stopped = true;
  /** stop() was called: a snapshot streaming in ends at its next line (a runner never started still syncs on request). */
  private stopping = false;
  private timer: NodeJS.Timeout | null = null;
  private current: Promise<void> | null = null;
  private again = false;
  private closePokes: (() => void) | null = null;
  private pokeFailures = 0;
  /** The desk's clock against the server's, and the times the server corrected (the 同步 page shows both). */
  readonly clock = new DeskClockWatch();

  constructor(
    private readonly ctx: DeskContext,
    private readonly options: SyncRunnerOptions = {},
  ) {
    this.transport = options.transport ?? httpTransport(ctx);
    this.enabled = options.enabled ?? (() => currentAgent(ctx) !== null && serverLink.streamAccess(ctx) !== null);
  }

  private unsubscribe: (() => void) | null = null;

  start(): void {
    this.stopped = false;
    this.stopping = false;
    // A change made on this desk goes out at once; one during a round gets the round after it (an extra, cheap
    // round also follows a pull that changed complaints here).
    // (A shell's test double of the desk may come without an event bus.)
    this.unsubscribe = (this.ctx.events as DeskContext['events'] | undefined)?.subscribe((name) => {
      if (name !== 'complaints.changed') return;
      if (this.current) this.again = true;
      else this.poke();
    }) ?? null;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.stopping = true;
    this.unsubscribe?.();
    if (this.timer) clearTimeout(this.timer);
    this.closePokes?.();
    await this.current;
  }

  /** Sync now: runs a round (or waits for the running one and one more) and answers the status. */
  async now(): Promise<SyncStatus> {
    await this.run();
    return this.status();
  }

  /** The server says something changed: pull soon. */
  poke(): void {
    if (!this.stopped) void this.run();
  }

  status(): SyncStatus {
    const agent = currentAgent(this.ctx);
    return {
      enabled: agent !== null && this.enabled(),
      online: this.online,
      syncing: this.syncing,
      pending: agent ? countPending(this.ctx.db, agent.id) : 0,
      lastSyncAt: agent ? pullPosition(this.ctx.db, agent.id).lastSyncAt : null,
      rejected: agent ? listRejections(this.ctx.db, agent.id).length : 0,
      progress: this.progress,
      firstSync: this.firstSync,
      notice: agent ? syncNotice(this.ctx.db, agent.id) : null,
      clockOffsetMs: this.clock.offsetMs,
      clockOff: this.clock.off,
    };
  }

  private run(): Promise<void> {
    if (this.current) {
      this.again = true;
      return this.current;
    }
    this.current = this.round().finally(() => {
      this.current = null;
      if (this.again && !this.stopped) {
        this.again = false;
        void this.run();
      }
    });
    return this.current;
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), ms);
    this.timer.unref?.();
  }

  private emit(): void {
    this.ctx.events.emit('sync.progress', { syncing: this.syncing, online: this.online, progress: this.progress, firstSync: this.firstSync });
  }

  private onProgress = (p: SyncProgress) => {
    this.progress = p.total > 0 ? Math.min(1, p.done / p.total) : null;
    this.firstSync = p.phase === 'snapshot' ? { done: p.done, total: p.total } : null;
    this.emit();
  };

  private async round(): Promise<void> {
    const agent = currentAgent(this.ctx);
    if (!agent || !this.enabled()) {
      this.online = false;
      this.schedule(this.options.idleCheckMs ?? 2_000);
      return;
    }
    this.syncing = true;
    this.emit();
    try {
      await syncOnce(this.ctx, agent, this.transport, this.onProgress, this.clock, () => this.stopping || currentAgent(this.ctx)?.id !== agent.id);
      // After the push, so the server knows the attachments whose contents follow; a long upload goes on in the next rounds.
      const uploads = await uploadAttachments(this.ctx, this.options.content ?? contentTransportOf(this.ctx), {
        budgetMs: this.options.uploadBudgetMs ?? 5_000,
        stopped: () => this.stopped,
        progress: ({ done, total }) => this.onProgress({ phase: 'upload', done, total }),
      });
      if (uploads.remaining) this.again = true;
      this.online = true;
      this.failures = 0;
      noteRoundOutcome(this.ctx, agent.id, null);
      this.listenForPokes();
      this.schedule(this.options.pollMs ?? 30_000);
    } catch (error) {
      this.online = false;
      this.failures += 1;
      noteRoundOutcome(this.ctx, agent.id, error);
      log('warn', `[sync] round failed (${this.failures} in a row): ${error instanceof Error ? error.message : String(error)}`);
      this.schedule(backoffDelay(this.failures, this.options.random ?? Math.random, this.options.baseBackoffMs, this.options.maxBackoffMs));
    } finally {
      this.syncing = false;
      this.progress = null;
      this.firstSync = null;
      this.emit();
    }
  }

  private listenForPokes(): void {
    if (this.options.pokes === false || this.closePokes || this.stopped) return;
    const access = serverLink.streamAccess(this.ctx);
    if (!access) return;
    this.closePokes = openPokeStream(
      access.address,
      access.accessToken,
      () => {
        this.pokeFailures = 0;
        this.poke();
      },
      () => {
        this.closePokes = null;
        if (this.stopped) return;
        // The poke channel is down: polling carries on; reconnect after a backoff.
        this.pokeFailures += 1;
        setTimeout(() => this.listenForPokes(), backoffDelay(this.pokeFailures, this.options.random ?? Math.random)).unref?.();
      },
    );
  }
}
