/**
 * Where a schema keeps a complaint's placement: an SQL expression for each part (a column with its
 * alias, a json_extract, or NULL for a part the schema does not keep).
 */
export interface PlacementColumns {
  owner: string;
  assignee: string;
  team: string;
  branch: string;
}
