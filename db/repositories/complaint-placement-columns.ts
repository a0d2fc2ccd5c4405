import type { PlacementColumns } from '../../shared/domain/visibility/placement-columns';

/**
 * Where the desk's complaints table (alias c) keeps a complaint's placement, for the visibility rule's SQL:
 * createdBy is only in the record, and the desk keeps no team (shared/domain/visibility/desk-reach.ts).
 */
export const DESK_PLACEMENT: PlacementColumns = {
  owner: `json_extract(c.record, '$.createdBy.id')`,
  assignee: 'c.assignee_id',
  team: 'NULL',
  branch: 'c.branch_id',
};
