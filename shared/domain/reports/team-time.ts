/** The team's time zone: days in filters, reports and exports are its calendar days. */
export const TEAM_TIME_ZONE = 'Asia/Shanghai';

const DAY_MS = 24 * 60 * 60 * 1000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function parts(instant: Date, timeZone: string): Record<string, string> {
  return Object.fromEntries(formatter(timeZone).formatToParts(instant).map((p) => [p.type, p.value]));
}

const QUARTER_HOUR_MS = 15 * 60 * 1000;
/** Per zone, the offset of each quarter hour asked so far, keyed by the quarter hour's number. */
const offsets = new Map<string, Map<number, number>>();

/**
 * The zone's offset from UTC at an instant, asked of Intl once per zone and quarter hour (offsets change
 * only on quarter-hour boundaries): formatting 100k export rows through Intl each would take seconds.
 * Numeric keys, not a string per call: the daily log of 100k complaints formats 300k instants.
 */
function offsetMs(t: number, timeZone: string): number {
  let zone = offsets.get(timeZone);
  if (!zone) offsets.set(timeZone, (zone = new Map()));
  const quarter = Math.floor(t / QUARTER_HOUR_MS);
  let offset = zone.get(quarter);
  if (offset === undefined) {
    const at = quarter * QUARTER_HOUR_MS;
    const p = parts(new Date(at), timeZone);
    offset = Date.parse(`${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}Z`) - at;
    if (zone.size > 100_000) zone.clear();
    zone.set(quarter, offset);
  }
  return offset;
}

/** 'YYYY-MM-DD HH:mm:ss' in the time zone: how exports write an instant. */
export function localDateTime(instant: Date | string, timeZone = TEAM_TIME_ZONE): string {
  const t = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  const iso = new Date(t + offsetMs(t, timeZone)).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}

/** The calendar day (YYYY-MM-DD) of an instant in the time zone. */
export function localDay(instant: Date | string, timeZone = TEAM_TIME_ZONE): string {
  return localDateTime(instant, timeZone).slice(0, 10);
}

/** The first instant of a calendar day in the time zone (offset found from the zone's own clock). */
export function startOfLocalDay(day: string, timeZone = TEAM_TIME_ZONE): Date {
  const asUtc = Date.parse(`${day}T00:00:00Z`);
  const p = parts(new Date(asUtc), timeZone);
  const shown = Date.parse(`${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}Z`);
  return new Date(asUtc - (shown - asUtc));
}

/** [from, to] as calendar days → [start of from, start of the day after to) as UTC ISO instants. */
export function dayRangeToInstants(from: string, to: string, timeZone = TEAM_TIME_ZONE): { start: string; end: string } {
  const next = new Date(Date.parse(`${to}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
  return { start: startOfLocalDay(from, timeZone).toISOString(), end: startOfLocalDay(next, timeZone).toISOString() };
}

/** The calendar days from..to inclusive. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += DAY_MS) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}
