import { describe, expect, it } from 'vitest';
import { decidedWithinDaysOf, timelinessOf, type TimelinessRow } from '../../../shared/domain/reports/quarterly/timeliness';
import { quarterBounds } from '../../../shared/domain/reports/quarterly/quarterly-pack';

const { fromMs, toMs } = quarterBounds('2026-Q3');
const row = (status: TimelinessRow['status'], dueAt: string, endedAt: string | null, suspendedSince: string | null = null): TimelinessRow => ({ status, dueAt, endedAt, suspendedSince });

describe('投诉办理及时率 (hand-computed)', () => {
  it('the quarter runs from 1 July 00:00 to 1 October 00:00, Beijing time', () => {
    expect(new Date(fromMs).toISOString()).toBe('2026-06-30T16:00:00.000Z');
    expect(new Date(toMs).toISOString()).toBe('2026-09-30T16:00:00.000Z');
  });

  it('nothing due: no rate (not 0, not 100 %)', () => {
    expect(timelinessOf([], fromMs, toMs)).toEqual({ due: 0, onTime: 0, rate: null });
  });

  it('3 of 4 due in the quarter decided by their due time → 0.75', () => {
    const rows = [
      row('closed', '2026-07-20T02:00:00Z', '2026-07-19T02:00:00Z'),
      row('closed', '2026-08-20T02:00:00Z', '2026-08-20T02:00:00Z'), // exactly at the due time: on time
      row('closed', '2026-09-01T02:00:00Z', '2026-08-01T02:00:00Z'),
      row('closed', '2026-09-10T02:00:00Z', '2026-09-10T02:00:01Z'), // a second late
    ];
    expect(timelinessOf(rows, fromMs, toMs)).toEqual({ due: 4, onTime: 3, rate: 0.75 });
  });

  it('open past its due time counts as due and late; withdrawn and suspended-now are left out; due outside the quarter too', () => {
    const rows = [
      row('closed', '2026-07-05T02:00:00Z', '2026-07-01T02:00:00Z'), // on time
      row('open', '2026-09-25T02:00:00Z', null), // due, not decided → late
      row('withdrawn', '2026-08-01T02:00:00Z', '2026-07-20T02:00:00Z'), // out
      row('open', '2026-08-05T02:00:00Z', null, '2026-07-30T02:00:00Z'), // suspended now: out
      row('closed', '2026-06-30T15:59:59Z', '2026-06-29T00:00:00Z'), // due in Q2 (30 June 23:59:59 Beijing): out
      row('closed', '2026-09-30T16:00:00Z', '2026-09-29T00:00:00Z'), // due 1 October 00:00 Beijing: Q4, out
    ];
    expect(timelinessOf(rows, fromMs, toMs)).toEqual({ due: 2, onTime: 1, rate: 0.5 });
  });

  it('a suspension moves the due time: decided 20 days after receipt with 10 days suspended on a 15-day deadline is on time', () => {
    // Received 1 Aug; 15 days → 16 Aug; 10 suspended days → due 26 Aug; decided 21 Aug.
    const rows = [row('closed', '2026-08-26T02:00:00Z', '2026-08-21T02:00:00Z')];
    expect(timelinessOf(rows, fromMs, toMs).rate).toBe(1);
  });

  it('2 of 3 → 0.6667 (four decimals)', () => {
    const rows = [
      row('closed', '2026-07-20T02:00:00Z', '2026-07-19T02:00:00Z'),
      row('closed', '2026-07-21T02:00:00Z', '2026-07-19T02:00:00Z'),
      row('closed', '2026-07-22T02:00:00Z', '2026-07-23T02:00:00Z'),
    ];
    expect(timelinessOf(rows, fromMs, toMs)).toEqual({ due: 3, onTime: 2, rate: 0.6667 });
  });

  it("the dashboard's 15/30/60-day shares divide by the complaints due, not by every complaint received", () => {
    const rows = [
      { ...row('closed', '2026-07-20T02:00:00Z', '2026-07-11T02:00:00Z'), receivedAt: '2026-07-05T02:00:00Z' }, // 6 days
      { ...row('closed', '2026-08-20T02:00:00Z', '2026-09-10T02:00:00Z'), receivedAt: '2026-08-05T02:00:00Z', suspendedMs: 10 * 86_400_000 }, // 36 − 10 = 26 days
      { ...row('open', '2026-09-20T02:00:00Z', null), receivedAt: '2026-09-05T02:00:00Z' }, // due, undecided
      { ...row('open', '2026-10-20T02:00:00Z', null), receivedAt: '2026-09-28T02:00:00Z' }, // not due in the quarter: not in the base
    ];
    expect(decidedWithinDaysOf(rows, fromMs, toMs, [15, 30, 60])).toEqual([
      { days: 15, count: 1, share: 0.3333 },
      { days: 30, count: 2, share: 0.6667 },
      { days: 60, count: 2, share: 0.6667 },
    ]);
  });
});
