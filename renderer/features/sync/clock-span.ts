import type { TFunction } from 'i18next';

const MINUTE_MS = 60_000;
const HOUR_MINUTES = 60;
const DAY_MINUTES = 24 * HOUR_MINUTES;

/** How far apart two clocks (or two times) are, as a person reads it: 12 分钟, 3 小时 5 分钟, 9 天 (the sign is the caller's). */
export function clockSpanText(ms: number, t: TFunction): string {
  const minutes = Math.max(1, Math.round(Math.abs(ms) / MINUTE_MS));
  if (minutes < HOUR_MINUTES) return t('sync.clock.span.minutes', { count: minutes });
  if (minutes < DAY_MINUTES) return t('sync.clock.span.hours', { hours: Math.floor(minutes / HOUR_MINUTES), minutes: minutes % HOUR_MINUTES });
  return t('sync.clock.span.days', { count: Math.floor(minutes / DAY_MINUTES) });
}

/** The span between two ISO times (0 when either does not read as a time). */
export function spanBetween(a: unknown, b: unknown): number {
  const from = typeof a === 'string' ? Date.parse(a) : Number.NaN;
  const to = typeof b === 'string' ? Date.parse(b) : Number.NaN;
  return Number.isNaN(from) || Number.isNaN(to) ? 0 : Math.abs(to - from);
}
