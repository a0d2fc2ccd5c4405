import type { PlacementColumns } from './placement-columns';
import type { Reach } from './visibility-rule';

/**
 * inReach as an SQLite condition over `columns`, with named parameters (@<name>Person, @<name>Team,
 * @<name>Branch) for better-sqlite3. Never NULL, so `NOT (…)` is its complement.
 */
export function sqliteReachSql(reach: Reach, columns: PlacementColumns, name = 'reach'): { sql: string; params: Record<string, string> } {
  switch (reach.kind) {
    case 'everything':
      return { sql: '1', params: {} };
    case 'team':
      if (reach.teamId === null || reach.branchId === null) return { sql: '0', params: {} };
      return {
        sql: `(${columns.team} IS NOT NULL AND ${columns.branch} IS NOT NULL AND ${columns.team} = @${name}Team AND ${columns.branch} = @${name}Branch)`,
        params: { [`${name}Team`]: reach.teamId, [`${name}Branch`]: reach.branchId },
      };
    case 'person': {
      const same = (column: string) => `(${column} IS NOT NULL AND lower(${column}) = lower(@${name}Person))`;
      return { sql: `(${same(columns.owner)} OR ${same(columns.assignee)})`, params: { [`${name}Person`]: reach.employeeNo } };
    }
  }
}
