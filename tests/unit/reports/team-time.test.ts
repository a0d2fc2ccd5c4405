import { describe, expect, it } from 'vitest';
import { periodDays } from '../../../shared/domain/reports/periods';
import { dayRangeToInstants, localDateTime, localDay, startOfLocalDay } from '../../../shared/domain/reports/team-time';

describe('team days and periods', () => {
  it('writes instants in the team time zone, Asia/Shanghai by default', () => {
    expect(localDateTime('2026-11-24T16:30:05.000Z')).toBe('2026-11-25 00:30:05');
    expect(localDay('2026-11-24T15:59:59.999Z')).toBe('2026-11-24');
    expect(localDateTime('2026-03-08T10:00:00.000Z', 'America/New_York')).toBe('2026-03-08 06:00:00');
    expect(localDateTime('2026-03-08T06:00:00.000Z', 'America/New_York')).toBe('2026-03-08 01:00:00');
  });

  it('turns a range of days into UTC instants, the end exclusive', () => {
    expect(startOfLocalDay('2026-11-25').toISOString()).toBe('2026-11-24T16:00:00.000Z');
    expect(dayRangeToInstants('2026-11-01', '2026-11-30')).toEqual({ start: '2026-10-31T16:00:00.000Z', end: '2026-11-30T16:00:00.000Z' });
  });

  it('knows the days of a month and of a quarter', () => {
    expect(periodDays('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(periodDays('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(periodDays('2026-Q4')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
  });
});
