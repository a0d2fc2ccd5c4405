import type { Role } from '../actor';
import { may } from '../capabilities';
import { refuse, type Refusal } from '../refusal';

/** A person as the organisation knows them, for deciding whether a complaint may be handed to them. */
export interface AssigneeCandidate {
  employeeNo: string;
  name: string;
  active: boolean;
  teamId: string | null;
}

/** Who assigns: their role and team. */
export interface Assigner {
  role: Role;
  teamId: string | null;
}

/**
 * Who may be given a complaint: an active person of the organisation. Leads and admins hand complaints to
 * anyone active (a lead sends a misrouted complaint to the team that should work it); an agent passing on
 * their own complaint hands it within their team (their lead included) — handing it out of the team is the
 * lead's decision, so it never leaves the lead's sight by an agent's hand. Unknown 工号 and deactivated
 * people are refused.
 */
export function assigneeRefusal(by: Assigner, requested: string, person: AssigneeCandidate | null): Refusal | null {
  if (!person) return refuse('assignee_unknown', 'refusal.assign.unknownPerson', { assignee: requested });
  if (!person.active) return refuse('assignee_inactive', 'refusal.assign.inactivePerson', { assignee: person.employeeNo });
  if (may(by, 'reassign')) return null;
  if (by.teamId === null || person.teamId !== by.teamId) return refuse('assignee_other_team', 'refusal.assign.otherTeam', { assignee: person.employeeNo });
  return null;
}
