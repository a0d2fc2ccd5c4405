import { describe, expect, it } from 'vitest';
import type { User } from '../../../shared/org/user';
import { reassignCandidates } from '../../../renderer/features/team/reassign-candidates';

const user = (employeeNo: string, name: string, extra: Partial<User> = {}): User => ({
  id: `u-${employeeNo}`,
  employeeNo,
  name,
  role: 'agent',
  teamId: 't1',
  teamName: '理赔投诉一组',
  branchId: null,
  branchName: null,
  active: true,
  createdAt: '2026-11-01T00:00:00.000Z',
  ...extra,
});

describe('reassignCandidates', () => {
  it('adds the team members holding nothing, keeps the holders and their counts, by 工号', () => {
    const holders = [{ id: 'B2002', name: '赵敏', open: 2 }];
    const users = [user('B2002', '赵敏'), user('A1003', '孙丽'), user('M3001', '陈静', { role: 'admin' }), user('A1009', '停用', { active: false })];
    expect(reassignCandidates(holders, users)).toEqual([
      { id: 'A1003', name: '孙丽', open: 0 },
      { id: 'B2002', name: '赵敏', open: 2 },
    ]);
  });

  it('offline (no list from the server) offers the holders alone', () => {
    expect(reassignCandidates([{ id: 'A1001', name: '王芳', open: 1 }], undefined)).toEqual([{ id: 'A1001', name: '王芳', open: 1 }]);
  });
});
