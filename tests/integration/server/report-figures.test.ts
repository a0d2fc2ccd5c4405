import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRegulatoryStats } from '../../../shared/domain/reports/regulatory';
import { DUE_LOOKBACK_DAYS } from '../../../shared/domain/reports/quarterly/timeliness';
import { byReceipt, reportRowOf } from '../../../shared/domain/reports/report-row-of';
import { buildTeamReport } from '../../../shared/domain/reports/team-report';
import { dayRangeToInstants } from '../../../shared/domain/reports/team-time';
import { DEFAULT_DEADLINE_SETTINGS } from '../../../shared/domain/workflow/deadlines';
import { openDatabase, type Database } from '../../../server/db/database';
import { regulatoryStatsFromSql, teamReportFromSql } from '../../../server/reports/report-figures';
import { BACKENDS, createTestDatabase, type TestDatabase } from './support/backends';
import { BRANCHES, DAY, generated, store, TEAMS, type Generated } from './support/generated-complaints';

const RANGE = { from: '2026-10-01', to: '2026-12-31' };
const NOW = new Date('2026-12-08T03:00:00.000Z');
const DEADLINES = { ...DEFAULT_DEADLINE_SETTINGS, standardDays: 15, complexDays: 30, extensionDays: 30 };
const FIGURES = { policies: 120_000, premiumYuan: 3.5e9, insuredPersons: 0 };

/**
 * What the desk's functions say of the same complaints: report rows of those received in the range, in order of
 * receipt, and of those received up to DUE_LOOKBACK_DAYS before it (whose deadlines may fall in it).
 */
function rowsOf(stored: Awaited<ReturnType<typeof store>>, keep: (g: Generated) => boolean) {
  const { start, end } = dayRangeToInstants(RANGE.from, RANGE.to);
  const lookback = new Date(Date.parse(start) - DUE_LOOKBACK_DAYS * DAY).toISOString();
  const all = stored
    .filter(({ g }) => !g.deleted && keep(g))
    .map(({ doc, g }) => reportRowOf(doc, DEADLINES, BRANCHES[g.branch]?.name ?? null))
    .sort(byReceipt);
  return { rows: all.filter((r) => r.receivedAt >= start && r.receivedAt < end), earlier: all.filter((r) => r.receivedAt >= lookback && r.receivedAt < start) };
}

describe.each(BACKENDS)('the dashboard and 监管统计 computed by PostgreSQL on %s', (backend) => {
  let testDb: TestDatabase;
  let db: Database;

  beforeAll(async () => {
    testDb = await createTestDatabase(backend);
    db = await openDatabase(testDb.location);
    for (const b of BRANCHES) await db.pool.query('INSERT INTO branches (id, name, created_at) VALUES ($1, $2, now())', [b.id, b.name]);
  }, 60_000);
  afterAll(async () => {
    await db?.close();
    await testDb?.drop();
  });

  it('equal the shared functions over generated complaints, for every branch together and for one branch or team', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(generated, { maxLength: 60 }), fc.integer({ min: -1, max: 1 }), async (list, pick) => {
        const stored = await store(db, list);
        const scope = { ...RANGE, now: NOW };
        const branch = pick === 0 ? BRANCHES[0]!.id : undefined;
        const team = pick === 1 ? TEAMS[1] : undefined;
        const { rows, earlier } = rowsOf(stored, (g) => (branch ? BRANCHES[g.branch]?.id === branch : team ? TEAMS[g.team] === team : true));
        const sqlScope = { ...scope, branchId: branch, teamId: team };
        expect(await teamReportFromSql(db.pool, sqlScope, DEADLINES)).toEqual(buildTeamReport(rows, scope, earlier));
        const period = { period: '2026-Q4', ...scope };
        expect(await regulatoryStatsFromSql(db.pool, { ...sqlScope, period: '2026-Q4' }, DEADLINES, FIGURES)).toEqual(buildRegulatoryStats(rows, period, FIGURES, earlier));
      }),
      { numRuns: backend === 'postgres' ? 100 : 15 },
    );
  }, 180_000);
});
