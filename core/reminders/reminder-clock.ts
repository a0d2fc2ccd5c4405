import type { DeskContext } from '../context';
import { log } from '../log';
import { announceDueReminders } from '../use-cases/reminders/reminders';

/** How often the desk looks for deadlines that turned due soon or overdue. */
export const DEFAULT_REMINDER_INTERVAL_MS = 60_000;

/**
 * Deadlines move with time, not with clicks: the desk checks on a timer (and shortly after it opens)
 * and announces what is due. Unreferenced, so an open desk never keeps a process alive by itself.
 */
export function startReminderClock(ctx: DeskContext, intervalMs = DEFAULT_REMINDER_INTERVAL_MS): () => void {
  const tick = () => {
    try {
      announceDueReminders(ctx);
    } catch (error) {
      log('error', '[reminders] could not check deadlines', error);
    }
  };
  const first = setTimeout(tick, Math.min(intervalMs, 3_000));
  const timer = setInterval(tick, intervalMs);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
