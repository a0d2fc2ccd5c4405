import { describe, expect, it } from 'vitest';
import type { ReassignOutcome } from '../../../shared/api/team';
import type { Complaint } from '../../../shared/domain/complaint';
import { listEvents } from '../../../db/repositories/complaint-events';
import { findComplaint } from '../../../db/repositories/complaints';
import { validIntake } from '../../support/desk';
import { syncedDesks } from '../../support/synced-desks';
import { valueOf } from '../../support/workflow-desk';

const A1001 = { id: 'A1001', name: '王芳', role: 'agent' as const };
const B2002 = { id: 'B2002', name: '赵敏', role: 'agent' as const };
const L2001 = { id: 'L2001', name: '李强', role: 'lead' as const };

describe('a lead\'s bulk reassignment reaches the agents\' desks through sync', () => {
  const net = syncedDesks('postgres', ['A1001', 'B2002', 'L2001']);
  const { deskOf, sync } = net;

  it('puts the reassigned complaints on the new agent\'s desk with their timeline entry, and only those', async () => {
    const a = deskOf(A1001);
    const b = deskOf(B2002);
    const lead = deskOf(L2001);
    const taken = [];
    for (let i = 0; i < 3; i++) taken.push(valueOf<Complaint>(await a.dispatch('complaints.create', validIntake({ customerName: `客户${i}` }))));
    await sync(a, A1001);
    await sync(lead, L2001);
    await sync(b, B2002);
    expect(findComplaint(b.db, taken[0]!.id)).toBeNull();

    const moved = taken.slice(0, 2);
    const { outcomes } = valueOf<{ outcomes: ReassignOutcome[] }>(
      await lead.dispatch('team.reassign', { complaints: moved.map((c) => ({ id: c.id, baseVersion: c.version })), assignee: { id: 'B2002', name: '赵敏' } }),
    );
    expect(outcomes.every((o) => o.ok)).toBe(true);
    await sync(lead, L2001);
    await sync(a, A1001);
    await sync(b, B2002);

    for (const c of moved) {
      const onB = findComplaint(b.db, c.id);
      expect(onB?.assignee).toEqual({ id: 'B2002', name: '赵敏' });
      expect(onB).toEqual(findComplaint(lead.db, c.id));
      expect(listEvents(b.db, c.id).filter((e) => e.kind === 'complaint.assigned').map((e) => e.actor.id)).toEqual(['L2001']);
    }
    // The agent who took them still sees them (they created them), now assigned to B2002; the third stays as it was.
    expect(findComplaint(a.db, moved[0]!.id)?.assignee).toEqual({ id: 'B2002', name: '赵敏' });
    expect(findComplaint(b.db, taken[2]!.id)).toBeNull();
  });
});
