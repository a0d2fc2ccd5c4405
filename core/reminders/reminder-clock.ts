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
  // New deadline days from the server moved the due dates: what turned overdue is announced now, not at the next tick.
  const unsubscribe = (ctx.events as DeskContext['events'] | undefined)?.subscribe((name) => {
    if (name === 'orgSettings.changed') tick();
  });
  return () => {
    clearTimeout(first);
    clearInterval(timer);
    unsubscribe?.();
  };
}
