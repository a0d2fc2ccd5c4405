import type { Actor } from '../actor';
import { may } from '../capabilities';
import type { Complaint } from '../complaint';
import { reminderKey, type Reminder } from '../reminders/due-reminders';
import { deadlineOf, type DeadlineSettings } from '../workflow/deadlines';
import { ESCALATION_TAG } from './watch-list';

/**
 * A lead's (or admin's) notification that an open complaint of the team carries the confirmed 扬言投诉升级 tag
 * (the agent accepted the watch list's suggestion, or set it by hand): once per complaint, as needsReview is.
 * Agents get none: escalation is the lead's to handle.
 */
export function escalationReminders(openComplaints: readonly Complaint[], person: Actor, settings: DeadlineSettings, now: Date, shown: ReadonlySet<string>): Reminder[] {
  if (!may(person, 'teamQueue')) return [];
  return openComplaints
    .filter((complaint) => complaint.intake.emotionTags?.includes(ESCALATION_TAG) && !shown.has(reminderKey(complaint.id, 'escalation')))
    .map((complaint) => ({
      complaintId: complaint.id,
      number: complaint.number,
      customerName: complaint.intake.customerName,
      state: 'escalation' as const,
      dueAt: deadlineOf(complaint, settings, now).dueAt,
      audience: complaint.assignee?.id === person.id ? ('mine' as const) : ('team' as const),
    }));
}
