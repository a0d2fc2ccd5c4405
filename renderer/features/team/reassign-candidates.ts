import type { TeamMember } from '../../../shared/api/team';
import { may } from '../../../shared/domain/capabilities';
import type { User } from '../../../shared/org/user';

/**
 * Whom complaints can go to: the people holding complaints on the desk (with their open counts) and,
 * when the server could list them, the active agents and leads of the team (none open yet). By 工号.
 */
export function reassignCandidates(holders: readonly TeamMember[], users: readonly User[] | undefined): TeamMember[] {
  const byId = new Map(holders.map((m) => [m.id, m]));
  for (const user of users ?? []) {
    if (user.active && may(user, 'takesComplaints') && !byId.has(user.employeeNo)) byId.set(user.employeeNo, { id: user.employeeNo, name: user.name, open: 0 });
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}
