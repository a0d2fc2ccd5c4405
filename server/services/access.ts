import type { Role } from '../../shared/domain/actor';
import { Problem } from '../problem';

/** Who is calling, as the database says now (role and team are never taken from the token). */
export interface Actor {
  userId: string;
  sessionId: string;
  employeeNo: string;
  name: string;
  role: Role;
  teamId: string | null;
  branchId: string | null;
}

export function requireRole(actor: Actor, ...roles: Role[]): void {
  if (!roles.includes(actor.role)) throw new Problem('forbidden', `only ${roles.join(' or ')} may do this`);
}
