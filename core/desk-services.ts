import type { DeskContext } from './context';
import { startCtiListener, type CtiListener } from './cti/cti-listener';
import { IdleLock } from './idle-lock';
import { startReminderClock } from './reminders/reminder-clock';
import { startSync } from './sync/start-sync';
import type { SyncRunner } from './sync/sync-runner';

export interface DeskServicesOptions {
  /** false: this desk does not sync (the web host's COMPLAINT_DESK_SYNC=off, for desks that share a server but not their complaints). */
  sync?: boolean;
  /** A CTI port that wins over the configured one for this run (the web host's --cti-port; 0 picks a free one). */
  ctiPort?: number;
  /** How often deadlines are checked for reminders (core/reminders/reminder-clock.ts). */
  reminderIntervalMs?: number;
  /** Overrides the idle-lock setting (the web host's COMPLAINT_DESK_IDLE_LOCK_SECONDS, for tests). */
  idleLockTimeoutMs?: number;
}

export interface DeskServices {
  /** The CTI listener once its first start settled: a port another program holds leaves it down, never fails. */
  cti: Promise<CtiListener>;
  /** Background sync, or null when options.sync is false. */
  sync: SyncRunner | null;
  /** Stops them all; calling it again waits for the same stop. Close the desk only after it resolved. */
  stop(): Promise<void>;
}

/**
 * What runs while a desk is open, started and stopped in one place by both shells (electron/main and
 * web/main): the idle lock (its idle time counts from here), the reminder clock, sync with the company
 * server and the local CTI endpoint softphones post to.
 */
export function startDeskServices(ctx: DeskContext, options: DeskServicesOptions = {}): DeskServices {
  ctx.idleLock = new IdleLock(ctx.settings, options.idleLockTimeoutMs === undefined ? {} : { timeoutMs: options.idleLockTimeoutMs });
  const stopReminders = startReminderClock(ctx, options.reminderIntervalMs);
  const sync = options.sync === false ? null : startSync(ctx);
  const cti = startCtiListener(ctx, undefined, options.ctiPort);
  let stopping: Promise<void> | null = null;
  // The CTI endpoint first, so no call event arrives while the rest stops; the database stays open for the caller to close.
  const stopAll = async () => {
    await (await cti).stop();
    await sync?.stop();
    stopReminders();
  };
  return { cti, sync, stop: () => (stopping ??= stopAll()) };
}
