import type { Actor } from '../services/access';

/**
 * Whose desks a batch of placed changes concerns: the people a complaint belongs to (who took it, who
 * works it, who lost it in a move) and the teams it sits in or left. Admins see everything. `all` pokes
 * every desk (a relay notice too large to list them, or a listener reconnected after missing notices).
 */
export interface PokeAudience {
  all: boolean;
  people: string[];
  teams: string[];
}

export const EVERYONE: PokeAudience = { all: true, people: [], teams: [] };

export interface PlacedChange {
  ownerNo: string | null;
  assigneeNo: string | null;
  teamId: string | null;
}

export function audienceOf(changes: readonly PlacedChange[]): PokeAudience {
  const people = new Set<string>();
  const teams = new Set<string>();
  for (const c of changes) {
    if (c.ownerNo) people.add(c.ownerNo.toLowerCase());
    if (c.assigneeNo) people.add(c.assigneeNo.toLowerCase());
    if (c.teamId) teams.add(c.teamId);
  }
  return { all: false, people: [...people], teams: [...teams] };
}

/** The visibility rule (see mayAccess) read the other way: may this change concern the listener's desk? */
export function reaches(audience: PokeAudience, listener: Pick<Actor, 'role' | 'employeeNo' | 'teamId'>): boolean {
  if (audience.all || listener.role === 'admin') return true;
  if (listener.role === 'lead') return listener.teamId !== null && audience.teams.includes(listener.teamId);
  return audience.people.includes(listener.employeeNo.toLowerCase());
}
