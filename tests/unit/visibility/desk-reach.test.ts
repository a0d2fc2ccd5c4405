import { describe, expect, it } from 'vitest';
import { mayAccessComplaint } from '../../../shared/domain/complaint-access';
import { deskReach } from '../../../shared/domain/visibility/desk-reach';

const placed = (createdBy: string, assignee: string | null) => ({
  createdBy: { id: createdBy, name: '王芳' },
  assignee: assignee === null ? null : { id: assignee, name: '赵敏' },
});

describe('the visibility rule on a desk', () => {
  it("an agent sees what they took or are assigned, whatever the case of the 工号", () => {
    const agent = { id: 'a1001', name: '王芳', role: 'agent' as const };
    expect(mayAccessComplaint(placed('A1001', null), agent)).toBe(true);
    expect(mayAccessComplaint(placed('B2002', 'A1001'), agent)).toBe(true);
    expect(mayAccessComplaint(placed('B2002', 'A1003'), agent)).toBe(false);
  });

  it('a lead sees every complaint the desk holds (the server sent only the team’s), an admin too', () => {
    expect(deskReach({ id: 'L2001', role: 'lead' })).toEqual({ kind: 'everything' });
    expect(mayAccessComplaint(placed('B2002', 'A1003'), { id: 'L2001', name: '李强', role: 'lead' })).toBe(true);
    expect(mayAccessComplaint(placed('B2002', null), { id: 'M3001', name: '管理员', role: 'admin' })).toBe(true);
  });
});
