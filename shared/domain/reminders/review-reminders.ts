import type { Actor } from '../actor';
import { may } from '../capabilities';
import type { Complaint } from '../complaint';
import { deadlineOf, type DeadlineSettings } from '../workflow/deadlines';
import { reminderKey, type Reminder } from './due-reminders';

/**
 * A lead's (or admin's) notification that a complaint of the team landed in review: once per
 * complaint (the needsReview state is remembered like due soon and overdue). Agents get none: they cannot resolve.
 */
export function reviewReminders(flagged: readonly Complaint[], person: Actor, settings: DeadlineSettings, now: Date, shown: ReadonlySet<string>): Reminder[] {
  if (!may(person, 'reviewQueue')) return [];
  return flagged
    .filter((complaint) => !shown.has(reminderKey(complaint.id, 'needsReview')))
    .map((complaint) => ({
      complaintId: complaint.id,
      number: complaint.number,
      customerName: complaint.intake.customerName,
      state: 'needsReview' as const,
      dueAt: deadlineOf(complaint, settings, now).dueAt,
      audience: complaint.assignee?.id === person.id ? ('mine' as const) : ('team' as const),
    }));
}
