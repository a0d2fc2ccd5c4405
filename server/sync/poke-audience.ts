import { EVERY_GRANT, grantOf, grantsOf } from '../../shared/domain/visibility/visibility-grants';
import { reachOf, type Placement, type Viewer } from '../../shared/domain/visibility/visibility-rule';

/**
 * Whose desks a batch of placed changes concerns, as the visibility rule's grants (visibility-grants.ts):
 * the people a complaint belongs to (who took it, who works it, who lost it in a move) and the teams it
 * sits in or left. `all` pokes every desk (a relay notice too large to list them, or a listener
 * reconnected after missing notices).
 */
export interface PokeAudience {
  all: boolean;
  grants: string[];
}

export const EVERYONE: PokeAudience = { all: true, grants: [] };

/** A change's placement as the feed placed it: where the complaint sits now, or the place it left. */
export type PlacedChange = Placement;

export function audienceOf(changes: readonly PlacedChange[]): PokeAudience {
  return { all: false, grants: [...new Set(changes.flatMap(grantsOf))] };
}

/** The visibility rule read the other way: may this change concern the listener's desk? */
export function reaches(audience: PokeAudience, listener: Viewer): boolean {
  if (audience.all) return true;
  const grant = grantOf(reachOf(listener));
  return grant === EVERY_GRANT || (grant !== null && audience.grants.includes(grant));
}
