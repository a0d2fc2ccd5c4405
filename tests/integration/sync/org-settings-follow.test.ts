import { describe, expect, it } from 'vitest';
import type { Complaint } from '../../../shared/domain/complaint';
import type { DeadlineInfo } from '../../../shared/domain/workflow/deadlines';
import type { Reminder } from '../../../shared/domain/reminders/due-reminders';
import type { Taxonomy } from '../../../shared/org/org-settings-schema';
import { ORG_ROUTES } from '../../../shared/org/routes';
import { agentFromProfile } from '../../../core/services/current-agent';
import { startReminderClock } from '../../../core/reminders/reminder-clock';
import { cacheOrgSettings, cachedOrgSettings } from '../../../core/services/org-settings-cache';
import { getOrgSettings } from '../../../server/services/org-settings-service';
import { validIntake } from '../../support/desk';
import { syncedDesks } from '../../support/synced-desks';
import { valueOf, type TestDesk } from '../../support/workflow-desk';
import { BACKENDS } from '../server/support/backends';

const NOW = new Date('2026-11-26T02:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;

describe.each(BACKENDS)('an admin\'s settings change reaches the desks that stay signed in, on %s', (backend) => {
  const net = syncedDesks(backend, ['A1001', 'L2001', 'M3001'], { now: NOW });
  const { deskOf, sync } = net;

  /** What an online sign-in does: the desk caches the server's settings. */
  const signedInDesk = async (employeeNo: string) => {
    const person = agentFromProfile(net.session(employeeNo).profile);
    const desk = deskOf(person);
    cacheOrgSettings(desk.ctx, await getOrgSettings(net.server.ctx));
    return { desk, person };
  };
  const dueAtOn = (desk: TestDesk, id: string) => (desk.db.prepare('SELECT due_at FROM complaints WHERE id = ?').get(id) as { due_at: string }).due_at;

  it('a poke, a pull naming the newer version, the settings fetched, due dates recomputed, the overdue reminder and the new subtype follow', async () => {
    const agent = await signedInDesk('A1001');
    const lead = await signedInDesk('L2001');
    // Taken 13 days ago, a 一般投诉 (standard) with 15 days: due soon.
    const old = valueOf<Complaint>(
      await agent.desk.dispatch('complaints.create', validIntake({ callTime: new Date(NOW.getTime() - 13 * DAY).toISOString() })),
    );
    expect(valueOf<DeadlineInfo>(await agent.desk.dispatch('complaints.deadline', { id: old.id })).state).toBe('dueSoon');
    await sync(agent.desk, agent.person);
    await sync(lead.desk, lead.person);
    const versionBefore = cachedOrgSettings(agent.desk.ctx)!.version;

    // Every connected desk is poked when the settings change.
    const poked: string[] = [];
    const stop = net.server.ctx.pokes.listen(
      { role: 'agent', employeeNo: 'A1001', teamId: null, branchId: null, userId: 'x', sessionId: 'y' },
      () => poked.push('A1001'),
      () => {},
    );
    const current = await getOrgSettings(net.server.ctx);
    const put = await net.server.call('PUT', ORG_ROUTES.orgSettings, {
      token: net.session('M3001').accessToken,
      body: {
        deadlines: { ...current.deadlines, standardDays: 10 },
        phrases: current.phrases,
        taxonomy: { extraSubtypes: { claims_dispute: [{ code: 'late_payout', zh: '赔款迟付', en: 'Late payout' }] } },
      },
    });
    stop();
    expect(put.statusCode).toBe(200);
    expect(poked).toEqual(['A1001']);

    // The poke makes the agent's desk pull: no sign-in, the settings follow.
    const changed: number[] = [];
    const announced: Reminder[] = [];
    agent.desk.ctx.events.subscribe((name, payload) => {
      if (name === 'orgSettings.changed') changed.push((payload as { version: number }).version);
      if (name === 'reminders.due') announced.push(...(payload as { reminders: Reminder[] }).reminders);
    });
    // The desk's reminder clock (its next tick an hour away): new settings make it look again at once.
    const stopReminders = startReminderClock(agent.desk.ctx, 3_600_000);
    await sync(agent.desk, agent.person);
    stopReminders();
    expect(announced.map((r) => [r.complaintId, r.state])).toContainEqual([old.id, 'overdue']);
    const now = cachedOrgSettings(agent.desk.ctx)!;
    expect(now.version).toBe(versionBefore + 1);
    expect(now.deadlines.standardDays).toBe(10);
    expect(changed).toEqual([now.version]);
    // The stored due date moved with it (what the queue sorts by), and the 13-day-old complaint is overdue, with its reminder.
    expect(Date.parse(dueAtOn(agent.desk, old.id))).toBe(Date.parse(old.receivedAt) + 10 * DAY);
    expect(valueOf<DeadlineInfo>(await agent.desk.dispatch('complaints.deadline', { id: old.id })).state).toBe('overdue');
    const reminders = valueOf<Reminder[]>(await agent.desk.dispatch('reminders.pending', {}));
    expect(reminders.map((r) => [r.complaintId, r.state])).toContainEqual([old.id, 'overdue']);
    // The new subtype, and a new complaint takes 10 days.
    expect(valueOf<Record<string, { code: string }[]>>(await agent.desk.dispatch('taxonomy.get', {})).claims_dispute!.map((s) => s.code)).toContain('late_payout');
    const fresh = valueOf<Complaint>(await agent.desk.dispatch('complaints.create', validIntake({ callTime: NOW.toISOString(), complaintSubtype: 'late_payout' })));
    expect(valueOf<DeadlineInfo>(await agent.desk.dispatch('complaints.deadline', { id: fresh.id })).allowedDays).toBe(10);

    // The lead's desk agrees on the same complaint's deadline once it has been in touch.
    await sync(agent.desk, agent.person);
    await sync(lead.desk, lead.person);
    for (const id of [old.id, fresh.id]) expect(dueAtOn(lead.desk, id)).toBe(dueAtOn(agent.desk, id));
    expect(valueOf<DeadlineInfo>(await lead.desk.dispatch('complaints.deadline', { id: fresh.id })).allowedDays).toBe(10);

    // A round with nothing new fetches nothing and announces nothing.
    await sync(agent.desk, agent.person);
    expect(changed).toEqual([now.version]);
  });
});
