import { describe, expect, it } from 'vitest';
import type { Complaint } from '../../../shared/domain/complaint';
import { dueReminders, reminderKey } from '../../../shared/domain/reminders/due-reminders';
import { DEFAULT_DEADLINE_SETTINGS } from '../../../shared/domain/workflow/deadlines';

const DAY = 86_400_000;
const received = '2026-11-01T02:00:00.000Z';
const complaint = (id: string, assigneeId: string, extra: Partial<Complaint> = {}) =>
  ({ id, number: `TS-${id}`, receivedAt: received, complexity: 'standard', status: 'open', endedAt: null, assignee: { id: assigneeId, name: assigneeId }, intake: { customerName: '张伟' }, suspensions: [], ...extra }) as Complaint;
const at = (days: number) => new Date(Date.parse(received) + days * DAY);
const agent = { id: 'A1001', name: '王芳', role: 'agent' as const };
const lead = { id: 'L3001', name: '陈组长', role: 'lead' as const };

describe('dueReminders', () => {
  const list = [complaint('mine', 'A1001'), complaint('colleague', 'A2002'), complaint('closed', 'A1001', { status: 'closed', endedAt: at(5).toISOString() })];

  it('says nothing while on track; due soon within 3 days of the deadline; overdue after it; never for an ended complaint', () => {
    expect(dueReminders(list, agent, DEFAULT_DEADLINE_SETTINGS, at(11), new Set())).toEqual([]);
    expect(dueReminders(list, agent, DEFAULT_DEADLINE_SETTINGS, at(12), new Set()).map((r) => [r.complaintId, r.state])).toEqual([['mine', 'dueSoon']]);
    expect(dueReminders(list, agent, DEFAULT_DEADLINE_SETTINGS, at(15.5), new Set()).map((r) => [r.complaintId, r.state])).toEqual([['mine', 'overdue']]);
  });

  it('gives a lead the team’s complaints too, marked as the team’s', () => {
    expect(dueReminders(list, lead, DEFAULT_DEADLINE_SETTINGS, at(16), new Set()).map((r) => [r.complaintId, r.audience])).toEqual([
      ['mine', 'team'],
      ['colleague', 'team'],
    ]);
  });

  it('leaves out what was already shown for that state, but not the next state', () => {
    const shown = new Set([reminderKey('mine', 'dueSoon')]);
    expect(dueReminders(list, agent, DEFAULT_DEADLINE_SETTINGS, at(13), shown)).toEqual([]);
    expect(dueReminders(list, agent, DEFAULT_DEADLINE_SETTINGS, at(16), shown).map((r) => r.state)).toEqual(['overdue']);
  });
});
