import type { PlacementColumns } from './placement-columns';
import type { Reach } from './visibility-rule';

/**
 * inReach as a PostgreSQL condition over `columns`, its parameters numbered from $first (the same
 * `first` gives the same placeholders, so one parameter list serves several conditions). Never NULL,
 * so `NOT (…)` is its complement.
 */
export function postgresReachSql(reach: Reach, columns: PlacementColumns, first: number): { sql: string; params: unknown[] } {
  switch (reach.kind) {
    case 'everything':
      return { sql: 'true', params: [] };
    case 'team':
      if (reach.teamId === null || reach.branchId === null) return { sql: 'false', params: [] };
      return {
        sql: `(${columns.team} IS NOT NULL AND ${columns.branch} IS NOT NULL AND ${columns.team} = $${first} AND ${columns.branch} = $${first + 1})`,
        params: [reach.teamId, reach.branchId],
      };
    case 'person': {
      const same = (column: string) => `(${column} IS NOT NULL AND lower(${column}) = lower($${first}))`;
      return { sql: `(${same(columns.owner)} OR ${same(columns.assignee)})`, params: [reach.employeeNo] };
    }
  }
}
