import { z } from 'zod';
import { REMINDER_STATES, ReminderSchema } from '../domain/reminders/due-reminders';

const ReminderSettingsSchema = z.object({ muted: z.boolean() });

export const reminderCalls = {
  /** The reminders the signed-in person has not been shown yet (what the next tick would announce). */
  'reminders.pending': { input: z.object({}), output: z.array(ReminderSchema), access: 'signedIn' },
  /** These notifications were shown: never again for the same complaint and state. */
  'reminders.markShown': {
    input: z.object({ shown: z.array(z.object({ complaintId: z.string().min(1), state: z.enum(REMINDER_STATES) })).max(500) }),
    output: z.object({ marked: z.number().int() }),
    access: 'signedIn',
  },
  'settings.reminders.get': { input: z.object({}), output: ReminderSettingsSchema, access: 'signedIn' },
  'settings.reminders.set': { input: ReminderSettingsSchema, output: ReminderSettingsSchema, access: 'signedIn' },
} as const;
