import pg from 'pg';
import { authenticate, login } from '/work/main/server/services/auth';
import { serverContext } from '/work/main/server/services/context';
import { pull } from '/work/main/server/sync/pull';
import { push } from '/work/main/server/sync/push';
import { recordStatements } from '/work/main/tests/support/query-plans';
import { mutationLog } from '/work/main/tests/support/sync-fixtures';
import { DEFAULT_DEADLINE_SETTINGS } from '/work/main/shared/domain/workflow/deadlines';
import { teamReportFromSql } from '/work/main/server/reports/report-figures';

import { openDatabase } from '/work/main/server/db/database';
const database = await openDatabase({ databaseUrl: 'postgres://postgres@127.0.0.1:5432/complaint_desk_server_scale' });
const pool = database.pool;
const ctx = serverContext(pool, () => new Date());
const clientId = crypto.randomUUID();
const session = await login(ctx, { employeeNo: 'S0014', password: 'Demo@2026', clientId, deviceName: 'p' });
const actor = await authenticate(ctx, `Bearer ${session.accessToken}`);
const log = mutationLog({ id: 'S0014', name: '坐席14', role: 'agent' });
const what = process.argv[2] ?? 'push';
const sent = await recordStatements(pool, async () => {
  if (what === 'push') { const c = log.create(); await push(ctx, actor, { clientId, mutations: [c, log.create(), log.note((c.args as {id:string}).id)] }); }
  if (what === 'pull') await pull(ctx, actor, { clientId, cursor: 400000 });
  if (what === 'quarter') await teamReportFromSql(pool, { from: '2026-10-01', to: '2026-12-31', now: new Date() }, DEFAULT_DEADLINE_SETTINGS);
});
const client = await pool.connect();
await client.query('BEGIN');
for (const s of sent) {
  if (/^\s*(BEGIN|COMMIT|ROLLBACK)/i.test(s.text)) continue;
  const t0 = performance.now();
  try {
    await client.query('SAVEPOINT x');
    const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${s.text}`, s.values);
    const ms = performance.now() - t0;
    console.log(`--- ${ms.toFixed(1)} ms: ${s.text.replace(/\s+/g, ' ').slice(0, 160)}`);
    if (ms > 20 || process.env.ALL) console.log(rows.map((r) => r['QUERY PLAN']).join('\n'));
    await client.query('ROLLBACK TO SAVEPOINT x');
  } catch (e) { console.log('ERR', (e as Error).message, s.text.slice(0, 100)); await client.query('ROLLBACK TO SAVEPOINT x'); }
}
await client.query('ROLLBACK');
client.release();
await pool.end();
