import { z } from 'zod';
import type { Actor } from '../actor';
import { may } from '../capabilities';
import type { Complaint } from '../complaint';
import { deadlineOf, type DeadlineSettings } from '../workflow/deadlines';

/**
 * Deadline states, and (for leads) a complaint of the team flagged for review, confirmed as threatening to
 * escalate, or suspended (挂起) longer than the organisation allows without a lead's approval; and the
 * handler's complaints whose first contact is due (first-contact-reminders.ts).
 */
export const REMINDER_STATES = ['dueSoon', 'overdue', 'needsReview', 'escalation', 'suspensionApproval', 'firstContact'] as const;
export type ReminderState = (typeof REMINDER_STATES)[number];

export const ReminderSchema = z.object({
  complaintId: z.string(),
  number: z.string(),
  customerName: z.string(),
  state: z.enum(REMINDER_STATES),
  dueAt: z.string(),
  /** mine: the person handles it; team: a lead's or admin's view of a colleague's complaint. */
  audience: z.enum(['mine', 'team']),
});
export type Reminder = z.infer<typeof ReminderSchema>;

/** The key a shown reminder is remembered by: one notification per complaint, person and state. */
export const reminderKey = (complaintId: string, state: ReminderState) => `${complaintId}:${state}`;

/**
 * What to notify this person of now: their open complaints that are due soon or overdue, and for a
 * lead or admin also the team's; each (complaint, state) only once — `shown` holds the keys already
 * notified — so a complaint notifies at most twice in its life: due soon, then overdue.
 */
export function dueReminders(openComplaints: readonly Complaint[], person: Actor, settings: DeadlineSettings, now: Date, shown: ReadonlySet<string>): Reminder[] {
  const watchesTeam = may(person, 'teamQueue');
  return openComplaints.flatMap((complaint): Reminder[] => {
    const mine = complaint.assignee?.id === person.id;
    if (!mine && !watchesTeam) return [];
    const deadline = deadlineOf(complaint, settings, now);
    const states: ReminderState[] = [];
    if (deadline.state === 'dueSoon' || deadline.state === 'overdue') states.push(deadline.state);
    if (watchesTeam && deadline.suspensionNeedsApproval) states.push('suspensionApproval');
    return states
      .filter((state) => !shown.has(reminderKey(complaint.id, state)))
      .map((state) => ({
        complaintId: complaint.id,
        number: complaint.number,
        customerName: complaint.intake.customerName,
        state,
        dueAt: deadline.dueAt,
        audience: mine ? 'mine' : 'team',
      }));
  });
}

const REMINDER_TITLES: Record<ReminderState, string> = {
  dueSoon: '投诉即将到期 · Complaint due soon',
  overdue: '投诉已超期 · Complaint overdue',
  needsReview: '投诉待复核 · Complaint needs review',
  escalation: '客户扬言投诉升级 · Customer threatens to escalate',
  suspensionApproval: '挂起待批准 · Suspension needs approval',
  firstContact: '尚未首次联系客户 · First contact due',
};

/** The notification's words where no UI language is at hand (the Electron shell): both languages, the number and the customer. */
export function reminderNotificationText(reminder: Reminder): { title: string; body: string } {
  const title = REMINDER_TITLES[reminder.state];
  const whose = reminder.audience === 'team' ? '（团队 team）' : '';
  return { title, body: `${reminder.number} · ${reminder.customerName}${whose}` };
}
