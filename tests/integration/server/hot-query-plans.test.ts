import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DEADLINE_SETTINGS } from '../../../shared/domain/workflow/deadlines';
import { regulatoryStatsFromSql, teamReportFromSql } from '../../../server/reports/report-figures';
import { plansTouching, recordStatements, sequentialScansOf, type Sent } from '../../support/query-plans';
import { mutationLog } from '../../support/sync-fixtures';
import { startTestServer, type TestServer } from './support/test-server';

const A1001 = { id: 'A1001', name: '王芳', role: 'agent' as const };
const RANGE = { from: '2026-11-01', to: '2026-11-30' };

/**
 * Every statement the hot paths send — a push and the feed placer, an agent's, a lead's and an admin's pull
 * (the team views), the all-branches export's pages and the figures — EXPLAINed with sequential scans
 * priced out (enable_seqscan = off): a plan that still reads sync_complaints sequentially has no index to use.
 * The plans the planner picks with a million complaints present are checked by `npx tsx bench/run.ts server-scale`.
 */
describe('the hot queries on PostgreSQL', () => {
  let server: TestServer;
  let sent: Sent[] = [];

  beforeAll(async () => {
    server = await startTestServer('postgres', { clock: () => new Date('2026-11-30T02:00:00.000Z') });
    const agent = await server.signIn('A1001');
    const lead = await server.signIn('L2001');
    const admin = await server.signIn('M3001');
    const log = mutationLog(A1001);
    const create = log.create();
    sent = await recordStatements(server.database.pool, async () => {
      const pushed = await server.call('POST', '/sync/push', {
        token: agent.accessToken,
        body: { clientId: agent.clientId, mutations: [create, log.create(), log.note((create.args as { id: string }).id)] },
      });
      expect(pushed.statusCode).toBe(200);
      for (const who of [agent, lead, admin]) {
        for (const cursor of [0, 1]) {
          const pulled = await server.call('POST', '/sync/pull', { token: who.accessToken, body: { clientId: who.clientId, cursor } });
          expect(pulled.statusCode).toBe(200);
        }
      }
      const exported = await server.call('POST', '/exports/daily-log', { token: admin.accessToken, body: { range: RANGE, format: 'xlsx', language: 'zh-CN' } });
      expect(exported.statusCode).toBe(200);
      const scope = { ...RANGE, now: new Date('2026-11-30T02:00:00.000Z') };
      const branchId = (await server.database.pool.query<{ id: string }>('SELECT id FROM branches LIMIT 1')).rows[0]!.id;
      const teamId = (await server.database.pool.query<{ id: string }>('SELECT id FROM teams LIMIT 1')).rows[0]!.id;
      await teamReportFromSql(server.database.pool, scope, DEFAULT_DEADLINE_SETTINGS);
      await teamReportFromSql(server.database.pool, { ...scope, teamId }, DEFAULT_DEADLINE_SETTINGS);
      await regulatoryStatsFromSql(server.database.pool, { ...scope, branchId, period: '2026-11' }, DEFAULT_DEADLINE_SETTINGS, null);
    });
  }, 90_000);
  afterAll(() => server?.close());

  it('read and write sync_complaints by an index, never by a sequential scan', async () => {
    const db = new pg.Client({ connectionString: server.testDb.databaseUrl });
    await db.connect();
    try {
      await db.query('SET enable_seqscan = off');
      const plans = await plansTouching(db, sent, 'sync_complaints');
      // The push's write, the placer, the pulls, the export's pages and the figures are all there.
      expect(plans.length).toBeGreaterThanOrEqual(8);
      expect(plans.some((p) => p.scans.some((s) => s.index === 'sync_complaints_received'))).toBe(true);
      expect(plans.some((p) => p.scans.some((s) => s.index === 'sync_complaints_waiting'))).toBe(true);
      expect(sequentialScansOf(plans, 'sync_complaints')).toEqual([]);
    } finally {
      await db.end();
    }
  });
});
