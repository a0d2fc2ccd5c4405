import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Complaint } from '../../../shared/domain/complaint';
import { makeServerDesk, startCompanyServer, DEMO_PASSWORD, type ServerDesk } from '../../support/company-server';
import { validIntake } from '../../support/desk';
import { valueOf } from '../../support/workflow-desk';

let company: Awaited<ReturnType<typeof startCompanyServer>>;
beforeAll(async () => {
  company = await startCompanyServer();
}, 120_000);
afterAll(async () => company?.close());

const DAY_MS = 86_400_000;
const signIn = async (desk: ServerDesk, employeeNo: string) => valueOf(await desk.dispatch('session.signIn', { employeeNo, password: DEMO_PASSWORD }));
const dueAt = (desk: ServerDesk, id: string) => (desk.ctx.db.prepare('SELECT due_at FROM complaints WHERE id = ?').get(id) as { due_at: string }).due_at;

describe('stored due dates (what the team queue sorts and filters by)', () => {
  it('follow the organisation\'s deadline days when an admin changes them on the server', async () => {
    const desk = makeServerDesk(company.server.url);
    try {
      await signIn(desk, 'A1001');
      const complaint = valueOf<Complaint>(await desk.dispatch('complaints.create', validIntake({ callTime: new Date(Date.now() - 10 * DAY_MS).toISOString() })));
      const received = Date.parse(complaint.receivedAt);
      expect(Date.parse(dueAt(desk, complaint.id)) - received).toBe(15 * DAY_MS);

      valueOf(await desk.dispatch('session.signOut', {}));
      await signIn(desk, 'M3001');
      valueOf(await desk.dispatch('settings.deadlines.set', { standardDays: 30, complexDays: 30, extensionDays: 30 }));
      expect(Date.parse(dueAt(desk, complaint.id)) - received).toBe(30 * DAY_MS);
    } finally {
      desk.close();
    }
  });
});
