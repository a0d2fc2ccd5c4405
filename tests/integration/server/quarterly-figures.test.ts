import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegulatorySettings } from '../../../shared/domain/regulatory/regulatory-settings';
import { DEFAULT_CLASSIFICATION } from '../../../shared/domain/regulatory/seed-classification';
import { buildQuarterlyPack } from '../../../shared/domain/reports/quarterly/quarterly-pack';
import { quarterlyReadRange } from '../../../shared/domain/reports/quarterly/quarterly-request';
import { quarterlyRowOf } from '../../../shared/domain/reports/quarterly/quarterly-row';
import { DEFAULT_DEADLINE_SETTINGS } from '../../../shared/domain/workflow/deadlines';
import { openDatabase, type Database } from '../../../server/db/database';
import { quarterlyPackFromSql } from '../../../server/reports/quarterly-figures-sql';
import { BACKENDS, createTestDatabase, type TestDatabase } from './support/backends';
import { BRANCHES, generated, store } from './support/generated-complaints';

const QUARTER = '2026-Q4';
const NOW = new Date('2026-12-08T03:00:00.000Z');
const DEADLINES = { ...DEFAULT_DEADLINE_SETTINGS, standardDays: 15, complexDays: 30, extensionDays: 30 };
const REGULATORY: Pick<RegulatorySettings, 'classification' | 'denominators'> = {
  classification: DEFAULT_CLASSIFICATION,
  denominators: [
    { quarter: QUARTER, branch: '华东分公司', premiumYuan: 2e9, policies: 50_000, customers: 30_000 },
    { quarter: QUARTER, branch: 'Beijing', premiumYuan: 5e8, policies: 9_000, customers: 7_000 },
  ],
};

/**
 * The quarterly pack counted by PostgreSQL (server/reports/quarterly-figures-sql.ts) is the shared
 * buildQuarterlyPack of the same complaints — as the server read them before: every complaint received in the
 * quarter or the year before it, as quarterly rows — over generated complaints: one definition.
 */
describe.each(BACKENDS)('the quarterly pack computed by PostgreSQL on %s', (backend) => {
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

  it('equals buildQuarterlyPack over generated complaints, every branch and the company', async () => {
    const { start, end } = quarterlyReadRange(QUARTER);
    await fc.assert(
      fc.asyncProperty(fc.array(generated, { maxLength: 60 }), async (list) => {
        const stored = await store(db, list);
        const rows = stored
          .filter(({ g, doc }) => !g.deleted && doc.receivedAt >= start && doc.receivedAt < end)
          .map(({ doc, g }) => quarterlyRowOf(doc, DEADLINES, BRANCHES[g.branch]?.name ?? null, REGULATORY.classification));
        expect(await quarterlyPackFromSql(db.pool, QUARTER, DEADLINES, REGULATORY, NOW)).toEqual(buildQuarterlyPack(rows, QUARTER, REGULATORY, NOW));
      }),
      { numRuns: backend === 'postgres' ? 100 : 15 },
    );
  }, 180_000);

  it('answers a quarter with no complaints: zeros for the company, no branch', async () => {
    await db.pool.query('DELETE FROM sync_complaints');
    const pack = await quarterlyPackFromSql(db.pool, QUARTER, DEADLINES, REGULATORY, NOW);
    expect(pack).toEqual(buildQuarterlyPack([], QUARTER, REGULATORY, NOW));
    expect(pack.company.received).toBe(0);
    expect(pack.branches).toEqual([]);
  });
});
