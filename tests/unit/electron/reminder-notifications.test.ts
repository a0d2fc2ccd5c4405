import { describe, expect, it, vi } from 'vitest';
import { EventBus } from '../../../core/event-bus';
import { showReminderNotifications } from '../../../electron/main/reminder-notifications';
import type { Reminder } from '../../../shared/domain/reminders/due-reminders';
import { Notification } from './fake-electron';

const reminder: Reminder = { complaintId: 'c1', number: 'TS-20261125-ABCDEFGH', customerName: '张伟', state: 'overdue', dueAt: '2026-12-10T02:00:00.000Z', audience: 'mine' };

describe('the shell’s reminder notifications', () => {
  it('shows each due reminder, tells the desk it was shown, and a click brings the window forward to the complaint', () => {
    const events = new EventBus();
    const dispatch = vi.fn(async () => ({ ok: true as const, value: { marked: 1 } }));
    const window = { show: vi.fn(), focus: vi.fn(), isDestroyed: () => false };
    const opened: string[] = [];
    events.subscribe((name, payload) => name === 'reminders.opened' && opened.push((payload as { complaintId: string }).complaintId));
    Notification.shown.length = 0;
    const stop = showReminderNotifications({ events, dispatch }, window, Notification);
    events.emit('reminders.due', { personId: 'A1001', reminders: [reminder] });
    expect(Notification.shown.map((n) => n.options)).toEqual([{ title: '投诉已超期 · Complaint overdue', body: 'TS-20261125-ABCDEFGH · 张伟' }]);
    expect(dispatch).toHaveBeenCalledWith('reminders.markShown', { shown: [{ complaintId: 'c1', state: 'overdue' }] });
    Notification.shown[0]!.click();
    expect(window.focus).toHaveBeenCalled();
    expect(opened).toEqual(['c1']);
    stop();
    events.emit('reminders.due', { personId: 'A1001', reminders: [reminder] });
    expect(Notification.shown).toHaveLength(1);
  });
});
