import { useReminderNotifications } from '../features/reminders/use-reminder-notifications';

/** Mounted once for the signed-in person, beside the routes. */
export function ReminderNotifications({ personId }: { personId: string }) {
  useReminderNotifications(personId);
  return null;
}
