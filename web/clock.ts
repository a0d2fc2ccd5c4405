import type { Clock } from '../shared/domain/clock';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The host's clock. COMPLAINT_DESK_NOW_OFFSET_DAYS (read once at start) moves "now" forward or back by
 * that many days, so end-to-end tests can travel in time by restarting the host; unset means real time.
 */
export function clockFromEnv(env: NodeJS.ProcessEnv): Clock {
  const raw = env.COMPLAINT_DESK_NOW_OFFSET_DAYS;
  if (raw === undefined || raw === '') return () => new Date();
  const days = Number(raw);
  if (!Number.isFinite(days)) throw new Error(`[web] COMPLAINT_DESK_NOW_OFFSET_DAYS must be a number of days, got "${raw}"`);
  const offset = days * DAY_MS;
  console.log(`[web] Clock moved ${days} days from real time`);
  return () => new Date(Date.now() + offset);
}

/** COMPLAINT_DESK_REMINDER_INTERVAL_MS: how often the host checks deadlines for reminders (tests shorten it); unset means the desk's default. */
export function reminderIntervalFromEnv(env: NodeJS.ProcessEnv): number | undefined {
  const raw = env.COMPLAINT_DESK_REMINDER_INTERVAL_MS;
  if (raw === undefined || raw === '') return undefined;
  const ms = Number(raw);
  if (!Number.isInteger(ms) || ms < 500) throw new Error(`[web] COMPLAINT_DESK_REMINDER_INTERVAL_MS must be a whole number of milliseconds ≥ 500, got "${raw}"`);
  return ms;
}
