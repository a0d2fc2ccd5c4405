import { describe, expect, it } from 'vitest';
import type { Complaint } from '../../../shared/domain/complaint';
import {
  DEFAULT_DEADLINE_SETTINGS,
  DeadlineSettingsSchema,
  deadlineOf,
  dueAt,
} from '../../../shared/domain/workflow/deadlines';
import { newComplaint } from '../../support/workflow';

// Received 2026-11-01 10:00 Beijing time = 02:00Z.
const RECEIVED = '2026-11-01T10:00:00+08:00';
const at = (iso: string) => new Date(iso);
const complaint = (patch: Partial<Complaint> = {}): Complaint => ({ ...newComplaint(undefined, RECEIVED), ...patch });
const state = (c: Complaint, now: string, settings = DEFAULT_DEADLINE_SETTINGS) => deadlineOf(c, settings, at(now)).state;

describe('due dates from 《银行业保险业消费投诉处理管理办法》', () => {
  it('defaults to 15, 30 and a further 30 days', () => {
    expect(DEFAULT_DEADLINE_SETTINGS).toEqual({ standardDays: 15, complexDays: 30, extensionDays: 30, offlineWindowDays: 14, suspensionApprovalDays: 30 });
  });

  it('counts calendar days from the moment of receipt', () => {
    expect(dueAt(complaint(), DEFAULT_DEADLINE_SETTINGS, at('2026-11-02T00:00:00Z')).toISOString()).toBe('2026-11-16T02:00:00.000Z');
    expect(dueAt(complaint({ complexity: 'complex' }), DEFAULT_DEADLINE_SETTINGS, at('2026-11-02T00:00:00Z')).toISOString()).toBe('2026-12-01T02:00:00.000Z');
    expect(dueAt(complaint({ complexity: 'especiallyComplex' }), DEFAULT_DEADLINE_SETTINGS, at('2026-11-02T00:00:00Z')).toISOString()).toBe(
      '2026-12-31T02:00:00.000Z',
    );
  });

  it('follows the day counts an admin set', () => {
    const settings = { standardDays: 10, complexDays: 20, extensionDays: 5, offlineWindowDays: 14, suspensionApprovalDays: 30 };
    const info = deadlineOf(complaint({ complexity: 'especiallyComplex' }), settings, at('2026-11-02T00:00:00Z'));
    expect(info).toMatchObject({ allowedDays: 25, dueAt: '2026-11-26T02:00:00.000Z', state: 'onTrack' });
  });
});

describe('deadline state, travelling in time', () => {
  const c = complaint();
  it.each([
    ['just received', '2026-11-01T02:00:00Z', 'onTrack'],
    ['one second before the due-soon window', '2026-11-13T01:59:59Z', 'onTrack'],
    ['exactly three days before due', '2026-11-13T02:00:00Z', 'dueSoon'],
    ['one hour before due', '2026-11-16T01:00:00Z', 'dueSoon'],
    ['exactly at the due time', '2026-11-16T02:00:00Z', 'dueSoon'],
    ['one millisecond after due', '2026-11-16T02:00:00.001Z', 'overdue'],
    ['a month later', '2026-12-16T02:00:00Z', 'overdue'],
  ] as const)('%s → %s', (_label, now, expected) => {
    expect(state(c, now)).toBe(expected);
  });

  it('a complex complaint is still on track when a standard one would be overdue', () => {
    expect(state(complaint({ complexity: 'complex' }), '2026-11-20T00:00:00Z')).toBe('onTrack');
    expect(state(complaint(), '2026-11-20T00:00:00Z')).toBe('overdue');
  });

  it('an extension turns an overdue complex complaint back to on track', () => {
    expect(state(complaint({ complexity: 'complex' }), '2026-12-05T00:00:00Z')).toBe('overdue');
    expect(state(complaint({ complexity: 'especiallyComplex' }), '2026-12-05T00:00:00Z')).toBe('onTrack');
  });

  it('closed and withdrawn complaints are done, saying whether they ended late', () => {
    const onTime = deadlineOf(complaint({ status: 'closed', endedAt: '2026-11-10T00:00:00.000Z' }), DEFAULT_DEADLINE_SETTINGS, at('2027-01-01T00:00:00Z'));
    expect(onTime).toMatchObject({ state: 'done', endedAt: '2026-11-10T00:00:00.000Z', endedLate: false });
    const late = deadlineOf(complaint({ status: 'withdrawn', endedAt: '2026-11-17T00:00:00.000Z' }), DEFAULT_DEADLINE_SETTINGS, at('2026-11-17T00:00:00Z'));
    expect(late).toMatchObject({ state: 'done', endedLate: true });
  });

  it('an open complaint has no end', () => {
    expect(deadlineOf(c, DEFAULT_DEADLINE_SETTINGS, at('2026-11-02T00:00:00Z'))).toMatchObject({ endedAt: null, endedLate: null });
  });
});

describe('deadline settings', () => {
  it('accept whole days from 1 to 365 with complex at least standard', () => {
    expect(DeadlineSettingsSchema.safeParse({ standardDays: 1, complexDays: 365, extensionDays: 365 }).success).toBe(true);
    const issues = (value: unknown) => DeadlineSettingsSchema.safeParse(value).error?.issues.map((i) => i.message);
    expect(issues({ standardDays: 0, complexDays: 30, extensionDays: 30 })).toEqual(['validation.deadlines.standardDays.range']);
    expect(issues({ standardDays: 15, complexDays: 30.5, extensionDays: 30 })).toEqual(['validation.deadlines.complexDays.range']);
    expect(issues({ standardDays: 15, complexDays: 30, extensionDays: 366 })).toEqual(['validation.deadlines.extensionDays.range']);
    expect(issues({ standardDays: 20, complexDays: 10, extensionDays: 30 })).toEqual([
      'validation.deadlines.complexDays.shorterThanStandard',
    ]);
    expect(issues({ complexDays: 30, extensionDays: 30 })).toEqual(['validation.deadlines.standardDays.required']);
  });
});
