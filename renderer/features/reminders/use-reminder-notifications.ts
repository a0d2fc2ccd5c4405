import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { DeskEvent } from '../../../shared/api/events';
import type { Reminder } from '../../../shared/domain/reminders/due-reminders';
import { callDesk } from '../../api/client';
import { useDeskEvents } from '../../api/hooks';

/** In the desktop app the shell shows reminders (electron/main/reminder-notifications.ts); in a browser, the page does. */
const pageShowsReminders = () => !window.complaintDesk && typeof Notification !== 'undefined';

/**
 * Shows the reminders the desk announces (it decides what is due, on its own clock) as the browser's
 * notifications; a click opens the complaint. A reminder the browser may not show is not marked, so it comes again once allowed.
 */
export function useReminderNotifications(personId: string): string {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // The desk announces again on every tick until it has stored that a reminder was shown: the next tick
  // may come before that answer, so the page remembers what it showed too.
  const shownHere = useRef(new Set<string>());
  // What a screen reader says of the newest reminders (the notification itself is the system's, outside the page).
  const [announcement, setAnnouncement] = useState('');
  const announcedHere = useRef(new Set<string>());
  const announce = useCallback(
    (announced: Reminder[]) => {
      const fresh = announced.filter((r) => !announcedHere.current.has(`${r.complaintId}:${r.state}`));
      for (const r of fresh) announcedHere.current.add(`${r.complaintId}:${r.state}`);
      if (fresh.length > 0) setAnnouncement(fresh.map((r) => `${t(`reminders.title.${r.state}`)}: ${t(`reminders.body.${r.audience}`, { number: r.number, customer: r.customerName })}`).join('; '));
    },
    [t],
  );
  const show = useCallback(
    (announced: Reminder[]) => {
      if (!pageShowsReminders() || Notification.permission !== 'granted') return;
      const reminders = announced.filter((r) => !shownHere.current.has(`${r.complaintId}:${r.state}`));
      if (reminders.length === 0) return;
      for (const r of reminders) {
        shownHere.current.add(`${r.complaintId}:${r.state}`);
        const notification = new Notification(t(`reminders.title.${r.state}`), {
          body: t(`reminders.body.${r.audience}`, { number: r.number, customer: r.customerName }),
          tag: `${r.complaintId}:${r.state}`,
        });
        notification.onclick = () => {
          window.focus();
          navigate(`/complaints/${r.complaintId}`);
          notification.close();
        };
      }
      void callDesk('reminders.markShown', { shown: reminders.map((r) => ({ complaintId: r.complaintId, state: r.state })) });
    },
    [t, navigate],
  );
  const onEvent = useCallback(
    (event: DeskEvent) => {
      if (event.name === 'reminders.due' && event.payload.personId === personId) {
        show(event.payload.reminders);
        announce(event.payload.reminders);
      }
      if (event.name === 'reminders.opened') navigate(`/complaints/${event.payload.complaintId}`);
    },
    [personId, show, announce, navigate],
  );
  useDeskEvents(onEvent);
  return announcement;
}
