import { foldEmployeeNo, type Placement, type Reach } from './visibility-rule';

/**
 * The rule read the other way, for telling whose desks a change concerns without keeping the changes:
 * a placement opens a few grants, a reach holds one (or everything), and
 * inReach(reach, place) ⇔ grantOf(reach) is EVERY_GRANT or among grantsOf(place).
 */
export const EVERY_GRANT = '*';

export function grantsOf(place: Placement): string[] {
  const grants: string[] = [];
  if (place.ownerNo !== null) grants.push(`person:${foldEmployeeNo(place.ownerNo)}`);
  if (place.assigneeNo !== null) grants.push(`person:${foldEmployeeNo(place.assigneeNo)}`);
  if (place.teamId !== null && place.branchId !== null) grants.push(`team:${place.teamId}/${place.branchId}`);
  return grants;
}

/** The grant a reach holds; null for one that reaches nothing (a lead without a team). */
export function grantOf(reach: Reach): string | null {
  switch (reach.kind) {
    case 'everything':
      return EVERY_GRANT;
    case 'team':
      return reach.teamId !== null && reach.branchId !== null ? `team:${reach.teamId}/${reach.branchId}` : null;
    case 'person':
      return `person:${foldEmployeeNo(reach.employeeNo)}`;
  }
}
