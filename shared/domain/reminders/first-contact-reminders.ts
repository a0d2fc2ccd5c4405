import type { Actor } from '../actor';
import type { Complaint } from '../complaint';
import type { WorkingCalendar } from '../calendar/working-days';
import { firstContactOf } from '../workflow/first-contact';
import { reminderKey, type Reminder } from './due-reminders';

/**
 * The handler's open complaints whose first contact (首次联系) is due soon or overdue and nobody has reached the
 * complainant yet: one notification per complaint and person (`shown` holds the keys already notified).
 */
export function firstContactReminders(
  openComplaints: readonly Complaint[],
  person: Actor,
  settings: { firstContactHours: number; calendar: WorkingCalendar },
  now: Date,
  shown: ReadonlySet<string>,
): Reminder[] {
  return openComplaints.flatMap((complaint): Reminder[] => {
    if (complaint.assignee?.id !== person.id || shown.has(reminderKey(complaint.id, 'firstContact'))) return [];
    const info = firstContactOf(complaint, settings, now);
    if (info.state !== 'dueSoon' && info.state !== 'overdue') return [];
    return [{ complaintId: complaint.id, number: complaint.number, customerName: complaint.intake.customerName, state: 'firstContact', dueAt: info.dueAt, audience: 'mine' }];
  });
}
