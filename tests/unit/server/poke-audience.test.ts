import { describe, expect, it } from 'vitest';
import { audienceOf, EVERYONE, reaches } from '../../../server/sync/poke-audience';

const BRANCH = 'branch-1';
const agent = (employeeNo: string) => ({ role: 'agent' as const, employeeNo, teamId: 'team-1', branchId: BRANCH });
const lead = (teamId: string | null, branchId: string | null = BRANCH) => ({ role: 'lead' as const, employeeNo: 'L1', teamId, branchId });
const admin = { role: 'admin' as const, employeeNo: 'M1', teamId: null, branchId: null };

describe('who a placed change pokes', () => {
  const created = audienceOf([{ ownerNo: 'A1001', assigneeNo: null, teamId: 'team-1', branchId: BRANCH }]);

  it('pokes the person it belongs to (any case), their team lead and admins', () => {
    expect(reaches(created, agent('a1001'))).toBe(true);
    expect(reaches(created, lead('team-1'))).toBe(true);
    expect(reaches(created, admin)).toBe(true);
  });

  it('leaves out other agents, other teams, the team in another branch and a lead without a team', () => {
    expect(reaches(created, agent('B2002'))).toBe(false);
    expect(reaches(created, lead('team-2'))).toBe(false);
    expect(reaches(created, lead('team-1', 'branch-2'))).toBe(false);
    expect(reaches(created, lead(null))).toBe(false);
  });

  it('a move pokes the new assignee and team and those who lost it', () => {
    const moved = audienceOf([
      { ownerNo: 'A1001', assigneeNo: 'A2001', teamId: 'team-2', branchId: BRANCH },
      { ownerNo: 'A1001', assigneeNo: 'B2002', teamId: 'team-1', branchId: BRANCH },
    ]);
    for (const who of [agent('A2001'), agent('B2002'), agent('A1001'), lead('team-1'), lead('team-2')]) expect(reaches(moved, who)).toBe(true);
    expect(reaches(moved, agent('A1003'))).toBe(false);
  });

  it('everyone is everyone', () => {
    expect(reaches(EVERYONE, agent('A1003'))).toBe(true);
    expect(reaches(EVERYONE, lead(null))).toBe(true);
  });
});
