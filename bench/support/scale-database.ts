import pg from 'pg';
import { openDatabase } from '../../server/db/database';
import { seedDemoOrganisation } from '../../server/services/demo-organisation';
import { serverContext } from '../../server/services/context';

const ADMIN_URL = process.env.SERVER_TEST_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/** Its own database, kept between runs (seeding a million complaints takes minutes): no test touches it. */
export const SCALE_DATABASE = process.env.SERVER_SCALE_DATABASE ?? 'complaint_desk_server_scale';
/** Bumped when what the seed writes changes: a database seeded by another version is seeded again. */
const SEED_VERSION = 1;
export const SCALE_AGENTS = 300;
/** Complaints received from 2024-01-01 to 2026-12-31 (Asia/Shanghai), one every ~95 s: a national insurer's three years. */
export const SEED_FROM = '2023-12-31T16:00:00Z';
export const SEED_TO = '2026-12-31T16:00:00Z';

export interface ScaleDatabase {
  databaseUrl: string;
  complaints: number;
  seededNow: boolean;
  seedSeconds: number;
}

const urlOf = (name: string) => ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);

/**
 * The server-scale database: the demo organisation, a third branch, SCALE_AGENTS agents (S0000 …) spread over
 * the four teams of the three branches, and `rows` complaints, each a whole document as a desk's push leaves
 * it with its report columns, owned by those agents in turn, placed on the feed at positions 1…rows. Written by
 * `INSERT … SELECT generate_series` in batches, then VACUUM ANALYZE; reused as it is when already seeded.
 */
export async function scaleDatabase(rows: number): Promise<ScaleDatabase> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  const databaseUrl = urlOf(SCALE_DATABASE);
  try {
    const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [SCALE_DATABASE])).rowCount === 1;
    if (exists) {
      const db = new pg.Client({ connectionString: databaseUrl });
      await db.connect();
      try {
        const seeded = await db.query<{ rows: number; version: number }>('SELECT rows, version FROM bench_scale_seed').catch(() => ({ rows: [] }));
        const found = seeded.rows[0];
        if (found && found.rows === rows && found.version === SEED_VERSION) return { databaseUrl, complaints: rows, seededNow: false, seedSeconds: 0 };
      } finally {
        await db.end();
      }
      await admin.query(`DROP DATABASE ${SCALE_DATABASE} WITH (FORCE)`);
    }
    await admin.query(`CREATE DATABASE ${SCALE_DATABASE}`);
  } finally {
    await admin.end();
  }
  const started = Date.now();
  const database = await openDatabase({ databaseUrl });
  try {
    await seedDemoOrganisation(serverContext(database.pool, () => new Date()));
    await seedComplaints(database.pool, rows);
  } finally {
    await database.close();
  }
  return { databaseUrl, complaints: rows, seededNow: true, seedSeconds: (Date.now() - started) / 1000 };
}

async function seedComplaints(pool: pg.Pool, rows: number): Promise<void> {
  const branch = (await pool.query<{ id: string }>(`INSERT INTO branches (id, name, created_at) VALUES (gen_random_uuid(), '华北分公司', now()) RETURNING id`)).rows[0]!;
  await pool.query(`INSERT INTO teams (id, branch_id, name, created_at) VALUES (gen_random_uuid(), $1, '北京投诉组', now())`, [branch.id]);
  await pool.query(
    `INSERT INTO users (id, employee_no, name, role, team_id, active, password_hash, created_at, updated_at)
     SELECT gen_random_uuid(), 'S' || lpad(n::text, 4, '0'), '坐席' || n, 'agent', t.id, true,
            (SELECT password_hash FROM users WHERE employee_no = 'A1001'), now(), now()
     FROM generate_series(0, $1 - 1) n
     JOIN (SELECT id, row_number() OVER (ORDER BY created_at, id) - 1 AS k, count(*) OVER () AS teams FROM teams) t ON t.k = n % t.teams`,
    [SCALE_AGENTS],
  );
  await pool.query(`CREATE TABLE bench_scale_agents AS
     SELECT row_number() OVER (ORDER BY u.employee_no) - 1 AS k, u.employee_no, u.name, u.team_id, t.branch_id
     FROM users u JOIN teams t ON t.id = u.team_id WHERE u.employee_no LIKE 'S%'`);
  const span = (Date.parse(SEED_TO) - Date.parse(SEED_FROM)) / 1000;
  const BATCH = 100_000;
  for (let from = 1; from <= rows; from += BATCH) {
    const to = Math.min(rows, from + BATCH - 1);
    await pool.query(
      `INSERT INTO sync_complaints (id, document, version, owner_no, assignee_no, team_id, branch_id, position,
         received_at, ended_at, status, stage, complaint_type, complaint_subtype, channel, complexity, satisfaction, suspended_ms, suspended_since)
       SELECT s.id, jsonb_build_object(
           'id', s.id, 'number', 'TS-' || to_char(s.received AT TIME ZONE 'Asia/Shanghai', 'YYYYMMDD') || '-' || upper(substr(md5(s.id), 1, 8)),
           'stage', s.stage, 'status', s.status,
           'intake', jsonb_build_object('complaintType', s.type, 'complaintSubtype', s.subtype, 'channel', s.channel,
             'customerName', '客户' || s.n, 'contactPhone', '138' || lpad((s.n % 100000000)::text, 8, '0'), 'policyNumber', 'P' || lpad(s.n::text, 10, '0'),
             'demand', '要求退还保费并说明理由', 'description', '客户来电反映理赔进度缓慢，多次催促未果，要求尽快处理并给予答复。', 'callTime', s.received_iso),
           'receivedAt', s.received_iso, 'createdAt', s.received_iso, 'createdBy', jsonb_build_object('id', a.employee_no, 'name', a.name),
           'assignee', jsonb_build_object('id', a.employee_no, 'name', a.name), 'updatedAt', s.received_iso, 'version', 1,
           'stages', CASE WHEN s.status = 'closed' THEN jsonb_build_object('feedback', jsonb_build_object('satisfaction', 1 + s.n % 5)) ELSE '{}'::jsonb END,
           'complexity', s.complexity, 'extension', null, 'withdrawal', null, 'solutionRefusals', '[]'::jsonb,
           'endedAt', to_char(s.ended AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'recordingRef', null, 'suspensions', '[]'::jsonb),
         1, a.employee_no, a.employee_no, a.team_id, a.branch_id, s.n,
         s.received, s.ended, s.status, s.stage, s.type, s.subtype, s.channel, s.complexity,
         CASE WHEN s.status = 'closed' THEN 1 + s.n % 5 END, 0, NULL
       FROM (
         SELECT n, md5(n::text || 'scale')::uuid::text AS id,
           $3::timestamptz + (n * $4::float8 / $5) * interval '1 second' AS received,
           CASE WHEN n % 10 < 7 THEN 'closed' WHEN n % 10 = 7 THEN 'withdrawn' ELSE 'open' END AS status,
           (ARRAY['intake','registration','analysis','solution','execution','feedback','closure'])[1 + n % 7] AS stage,
           (ARRAY['contract_clause','service_quality','claims_dispute','fraud'])[1 + n % 4] AS type,
           (ARRAY['contract_clause_other','service_quality_other','claims_dispute_other','fraud_other'])[1 + n % 4] AS subtype,
           (ARRAY['phone','email','online','letter','walk_in','regulator'])[1 + n % 6] AS channel,
           (ARRAY['standard','standard','complex','especiallyComplex'])[1 + n % 4] AS complexity
         FROM generate_series($1::int, $2::int) n
       ) s0
       CROSS JOIN LATERAL (SELECT s0.*, to_char(s0.received AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS received_iso, CASE WHEN s0.status = 'open' THEN NULL ELSE s0.received + ((s0.n % 40) + 1) * interval '1 day' END AS ended) s
       JOIN bench_scale_agents a ON a.k = s.n % ${SCALE_AGENTS}`,
      [from, to, SEED_FROM, span, rows],
    );
  }
  await pool.query(`UPDATE sync_feed SET position = $1 WHERE id = 1`, [rows]);
  await pool.query('CREATE TABLE bench_scale_seed (rows int NOT NULL, version int NOT NULL)');
  await pool.query('INSERT INTO bench_scale_seed VALUES ($1, $2)', [rows, SEED_VERSION]);
  await pool.query('VACUUM ANALYZE');
}
