import type { Role } from '../../shared/domain/actor';
import { countUsers } from '../repos/users';
import { may } from '../../shared/domain/capabilities';
import type { Actor } from './access';
import type { ServerContext } from './context';
import { createBranch, createTeam, updateTeam } from './organisation';
import { insertNewUser } from './users';

export const DEMO_PASSWORD = 'Demo@2026';

export interface DemoSignIn {
  employeeNo: string;
  name: string;
  role: Role;
}
interface DemoTeam {
  branch: string;
  team: string;
  lead: DemoSignIn;
  agents: DemoSignIn[];
}

const lead = (employeeNo: string, name: string): DemoSignIn => ({ employeeNo, name, role: 'lead' });
const agent = (employeeNo: string, name: string): DemoSignIn => ({ employeeNo, name, role: 'agent' });

/** The demo organisation the desk's end-to-end tests sign in with. */
export const DEMO_TEAMS: DemoTeam[] = [
  {
    branch: '华东分公司',
    team: '理赔投诉一组',
    lead: lead('L2001', '李强'),
    agents: [agent('A1001', '王芳'), agent('B2002', '赵敏'), agent('A1003', '孙丽')],
  },
  { branch: '华东分公司', team: '保全投诉二组', lead: lead('L2002', '周杰'), agents: [agent('A2001', '吴磊'), agent('A2002', '郑爽')] },
  { branch: '华南分公司', team: '综合投诉组', lead: lead('L3001', '刘洋'), agents: [agent('A3001', '何静'), agent('A3002', '黄磊')] },
];
export const DEMO_ADMIN: DemoSignIn = { employeeNo: 'M3001', name: '陈静', role: 'admin' };

export class RealDataError extends Error {
  constructor(users: number) {
    super(`this database already has ${users} user(s); the demo organisation is only seeded into an empty one`);
    this.name = 'RealDataError';
  }
}

/** Seeds the demo organisation into an empty database; answers the sign-ins, admin first. */
export async function seedDemoOrganisation(ctx: ServerContext): Promise<DemoSignIn[]> {
  const existing = await countUsers(ctx.pool);
  if (existing > 0) throw new RealDataError(existing);
  const admin = await insertNewUser(ctx, { ...DEMO_ADMIN, teamId: null, password: DEMO_PASSWORD });
  const asAdmin: Actor = { userId: admin.id, sessionId: '', employeeNo: admin.employeeNo, name: admin.name, role: 'admin', teamId: null, branchId: null };
  const branches = new Map<string, string>();
  const people: DemoSignIn[] = [DEMO_ADMIN];
  for (const demo of DEMO_TEAMS) {
    const branchId = branches.get(demo.branch) ?? (await createBranch(ctx, asAdmin, { name: demo.branch })).id;
    branches.set(demo.branch, branchId);
    const team = await createTeam(ctx, asAdmin, { name: demo.team, branchId, leadId: null });
    for (const person of [demo.lead, ...demo.agents]) {
      const user = await insertNewUser(ctx, { ...person, teamId: team.id, password: DEMO_PASSWORD });
      if (may(person, 'leadsTeam')) await updateTeam(ctx, asAdmin, team.id, { leadId: user.id });
      people.push(person);
    }
  }
  return people;
}

/** Whether the database holds no users yet (a new data directory). */
export const isEmptyOrganisation = async (ctx: ServerContext) => (await countUsers(ctx.pool)) === 0;
