import { describe, expect, it } from 'vitest';
import type { Complaint } from '../../../shared/domain/complaint';
import { findComplaint } from '../../../db/repositories/complaints';
import { validIntake } from '../../support/desk';
import { syncedDesks } from '../../support/synced-desks';
import { valueOf, type TestDesk } from '../../support/workflow-desk';

const A1001 = { id: 'A1001', name: '王芳', role: 'agent' as const };
const B2002 = { id: 'B2002', name: '赵敏', role: 'agent' as const };
const L2001 = { id: 'L2001', name: '李强', role: 'lead' as const };

/**
 * Found by the model test (sync-model.test.ts): a complaint handed away from an agent twice while the
 * agent's desk did not pull comes to that desk as two remove changes in one page; the page must still apply.
 */
describe('a complaint that left a desk\'s view twice between two of its pulls (real server, PostgreSQL)', () => {
  const net = syncedDesks('postgres', ['A1001', 'B2002', 'L2001']);
  const { deskOf, sync } = net;
  const reassign = async (lead: TestDesk, id: string, assignee: { id: string; name: string }) => {
    const c = findComplaint(lead.db, id)!;
    valueOf(await lead.dispatch('team.reassign', { complaints: [{ id, baseVersion: c.version }], assignee }));
    await sync(lead, L2001);
  };

  it('is removed from the desk once, and the desk keeps syncing', async () => {
    const a = deskOf(A1001);
    const b = deskOf(B2002);
    const lead = deskOf(L2001);
    const created = valueOf<Complaint>(await a.dispatch('complaints.create', validIntake()));
    await sync(a, A1001);
    await sync(lead, L2001);
    await reassign(lead, created.id, { id: 'B2002', name: '赵敏' });
    await sync(b, B2002);
    expect(findComplaint(b.db, created.id)).not.toBeNull();

    // Away from B, back to B, away again — B's desk pulls only afterwards.
    await reassign(lead, created.id, { id: 'A1003', name: '孙丽' });
    await reassign(lead, created.id, { id: 'B2002', name: '赵敏' });
    await reassign(lead, created.id, { id: 'A1003', name: '孙丽' });
    await sync(b, B2002);
    expect(findComplaint(b.db, created.id)).toBeNull();
  });
});
