import { afterEach, describe, expect, it } from 'vitest';
import { announceDueReminders } from '../../../core/use-cases/reminders/reminders';
import { MIGRATIONS } from '../../../db/migrations';
import type { Reminder } from '../../../shared/domain/reminders/due-reminders';
import type { Complaint } from '../../../shared/domain/complaint';
import { makeTestDesk, validIntake } from '../../support/desk';
import { countRows, valueOf } from '../../support/results';
import { signInAs } from '../../support/workflow-desk';

const desks: ReturnType<typeof makeTestDesk>[] = [];
afterEach(() => desks.splice(0).forEach((d) => d.close()));
const DAY = 24 * 60 * 60 * 1000;
const LEAD = { id: 'L3001', name: '陈组长', role: 'lead' as const };

/** The desk's clock-driven announcements, as a shell or page receives them. */
function announcements(desk: ReturnType<typeof makeTestDesk>) {
  const seen: { personId: string; reminders: Reminder[] }[] = [];
  desk.ctx.events.subscribe((name, payload) => name === 'reminders.due' && seen.push(payload as (typeof seen)[number]));
  return seen;
}

describe('deadline reminders', () => {
  it('has its table from the migration that adds attachments, letters and reminders', () => {
    expect(MIGRATIONS.find((m) => m.name === 'attachments-letters-reminders')?.version).toBe(12);
  });

  it('announces my complaint once when due soon and once when overdue, never again once shown', async () => {
    const start = new Date('2026-11-25T02:00:00.000Z');
    const desk = makeTestDesk({ now: start });
    desks.push(desk);
    const seen = announcements(desk);
    const complaint = valueOf<Complaint>(await desk.dispatch('complaints.create', validIntake({ callTime: start.toISOString() })));
    announceDueReminders(desk.ctx);
    expect(seen).toEqual([]);

    desk.setNow(new Date(start.getTime() + 13 * DAY));
    announceDueReminders(desk.ctx);
    expect(seen.at(-1)?.reminders).toEqual([expect.objectContaining({ complaintId: complaint.id, state: 'dueSoon', audience: 'mine' })]);
    announceDueReminders(desk.ctx);
    expect(seen).toHaveLength(2); // not shown yet (no one marked it): announced again
    valueOf(await desk.dispatch('reminders.markShown', { shown: [{ complaintId: complaint.id, state: 'dueSoon' }] }));
    valueOf(await desk.dispatch('reminders.markShown', { shown: [{ complaintId: complaint.id, state: 'dueSoon' }] }));
    expect(countRows(desk.db, 'reminder_marks')).toBe(1);
    announceDueReminders(desk.ctx);
    expect(seen).toHaveLength(2);

    desk.setNow(new Date(start.getTime() + 16 * DAY));
    expect(valueOf<Reminder[]>(await desk.dispatch('reminders.pending', {}))).toEqual([expect.objectContaining({ state: 'overdue' })]);
    valueOf(await desk.dispatch('reminders.markShown', { shown: [{ complaintId: complaint.id, state: 'overdue' }] }));
    expect(valueOf<Reminder[]>(await desk.dispatch('reminders.pending', {}))).toEqual([]);
  });

  it('tells a lead of the team’s complaints, not an agent of a colleague’s, and says nothing when muted', async () => {
    const start = new Date('2026-11-25T02:00:00.000Z');
    const desk = makeTestDesk({ now: start });
    desks.push(desk);
    const complaint = valueOf<Complaint>(await desk.dispatch('complaints.create', validIntake({ callTime: start.toISOString() })));
    desk.setNow(new Date(start.getTime() + 20 * DAY));
    signInAs(desk, { id: 'A2002', name: '李强', role: 'agent' });
    expect(valueOf<Reminder[]>(await desk.dispatch('reminders.pending', {}))).toEqual([]);
    signInAs(desk, LEAD);
    expect(valueOf<Reminder[]>(await desk.dispatch('reminders.pending', {}))).toEqual([expect.objectContaining({ complaintId: complaint.id, state: 'overdue', audience: 'team' })]);
    valueOf(await desk.dispatch('settings.reminders.set', { muted: true }));
    const seen = announcements(desk);
    announceDueReminders(desk.ctx);
    expect(seen).toEqual([]);
    expect(valueOf<Reminder[]>(await desk.dispatch('reminders.pending', {}))).toEqual([]);
  });
});
