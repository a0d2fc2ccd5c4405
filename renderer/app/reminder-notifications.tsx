import { LiveRegion } from '../components/live-region';
import { useReminderNotifications } from '../features/reminders/use-reminder-notifications';

/** Mounted once for the signed-in person, beside the routes: the notifications, and the same news for a screen reader. */
export function ReminderNotifications({ personId }: { personId: string }) {
  const announcement = useReminderNotifications(personId);
  return <LiveRegion text={announcement} testId="reminder-announcement" />;
}
