import type { Role } from '../../shared/domain/actor';
import { may, type Capability } from '../../shared/domain/capabilities';
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

/** Refused (403) unless the caller has one of the capabilities (shared/domain/capabilities.ts: the one place roles become abilities). */
export function requireCapability(actor: Actor, ...needed: Capability[]): void {
  if (!needed.some((capability) => may(actor, capability))) throw new Problem('forbidden', `this needs ${needed.join(' or ')}`);
}
