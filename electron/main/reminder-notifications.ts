import type { BrowserWindow, NotificationConstructorOptions } from 'electron';
import type { Desk } from '../../core/desk';
import { reminderNotificationText } from '../../shared/domain/reminders/due-reminders';

/** The part of Electron's Notification the hook uses (a fake in tests). */
export interface ShellNotification {
  on(event: 'click', listener: () => void): unknown;
  show(): void;
}
export type ShellNotificationClass = (new (options: NotificationConstructorOptions) => ShellNotification) & { isSupported(): boolean };

/**
 * The thin shell hook: the desk decides what is due (core/reminders), this shows each as an OS
 * notification, tells the desk it was shown, and on a click brings the window forward and asks the page to open the complaint.
 */
export function showReminderNotifications(desk: Pick<Desk, 'events' | 'dispatch'>, window: Pick<BrowserWindow, 'show' | 'focus' | 'isDestroyed'>, Notification: ShellNotificationClass): () => void {
  return desk.events.subscribe((name, payload) => {
    if (name !== 'reminders.due' || !Notification.isSupported()) return;
    const { reminders } = payload as { reminders: Parameters<typeof reminderNotificationText>[0][] };
    for (const reminder of reminders) {
      const notification = new Notification(reminderNotificationText(reminder));
      notification.on('click', () => {
        if (window.isDestroyed()) return;
        window.show();
        window.focus();
        desk.events.emit('reminders.opened', { complaintId: reminder.complaintId });
      });
      notification.show();
    }
    void desk.dispatch('reminders.markShown', { shown: reminders.map((r) => ({ complaintId: r.complaintId, state: r.state })) });
  });
}
