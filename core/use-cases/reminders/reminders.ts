import { z } from 'zod';
import { markReminderShown, shownReminderKeys } from '../../../db/repositories/reminder-marks';
import { listOpenComplaints, listOpenComplaintsAssignedTo } from '../../../db/repositories/open-complaints';
import type { Actor } from '../../../shared/domain/actor';
import { may } from '../../../shared/domain/capabilities';
import { dueReminders, type Reminder, type ReminderState } from '../../../shared/domain/reminders/due-reminders';
import { reviewReminders } from '../../../shared/domain/reminders/review-reminders';
import { escalationReminders } from '../../../shared/domain/assist/escalation-reminders';
import { firstContactReminders } from '../../../shared/domain/reminders/first-contact-reminders';
import { clockSettings } from '../org/clock-settings';
import { complaintsNeedingReview } from '../../../db/repositories/server-state';
import type { DeskContext } from '../../context';
import { readSetting } from '../../settings';
import { currentAgent } from '../../services/current-agent';
import { readDeadlineSettings } from '../workflow/deadline-settings';

const MUTE_KEY = 'reminders.muted';

export function readReminderSettings(ctx: DeskContext): { muted: boolean } {
  return { muted: readSetting(ctx.settings, MUTE_KEY, z.boolean(), false) };
}

export function writeReminderSettings(ctx: DeskContext, input: { muted: boolean }): { muted: boolean } {
  ctx.settings.set(MUTE_KEY, input.muted);
  return readReminderSettings(ctx);
}

/** The reminders the signed-in person has not been shown yet; none when nobody is signed in or reminders are muted. */
export function pendingReminders(ctx: DeskContext): { person: Actor; reminders: Reminder[] } | null {
  const person = currentAgent(ctx);
  if (!person || readReminderSettings(ctx).muted) return null;
  const open = may(person, 'teamQueue') ? listOpenComplaints(ctx.db) : listOpenComplaintsAssignedTo(ctx.db, person.id);
  const [settings, now, shown] = [readDeadlineSettings(ctx), ctx.clock(), shownReminderKeys(ctx.db, person.id)];
  // The desk holds only what its lead may see (pull filters by team): every flagged complaint here is the team's.
  const flagged = may(person, 'reviewQueue') ? complaintsNeedingReview(ctx.db).map((item) => item.complaint) : [];
  return {
    person,
    reminders: [
      ...dueReminders(open, person, settings, now, shown),
      ...reviewReminders(flagged, person, settings, now, shown),
      ...escalationReminders(open, person, settings, now, shown),
      ...firstContactReminders(open, person, clockSettings(ctx), now, shown),
    ],
  };
}

/** The clock's tick: tells whoever shows notifications (the shell, or the page in browser mode) what is due. */
export function announceDueReminders(ctx: DeskContext): void {
  const pending = pendingReminders(ctx);
  if (pending && pending.reminders.length > 0) ctx.events.emit('reminders.due', { personId: pending.person.id, reminders: pending.reminders });
}

/** A notification was shown: remembered, so the same complaint and state never notifies this person again. Returns the ones newly remembered. */
export function markRemindersShown(ctx: DeskContext, actor: Actor, shown: { complaintId: string; state: ReminderState }[]): { marked: number } {
  const at = ctx.clock().toISOString();
  const marked = shown.filter((r) => markReminderShown(ctx.db, { complaintId: r.complaintId, personId: actor.id, state: r.state, at })).length;
  return { marked };
}
