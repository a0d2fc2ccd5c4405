import type pg from 'pg';
import { DEFAULT_CLOCK_SETTINGS } from '../../../shared/domain/calendar/clock-settings';
import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ORG_SETTINGS_INPUT } from '../../../shared/org/org-settings-schema';
import { openDatabase, type Database } from '../../../server/db/database';
import { migrate } from '../../../server/db/migrate';
import { MIGRATIONS, type Migration } from '../../../server/db/migrations';
import { openUnmigrated } from './support/unmigrated-database';
import { BACKENDS, createTestDatabase, type TestDatabase } from './support/backends';
import { DEFAULT_WATCH_LIST } from '../../../shared/domain/assist/watch-list';
import { DEFAULT_SCORECARD } from '../../../shared/domain/assist/scorecard';

const migration = (version: number) => MIGRATIONS.find((m) => m.version === version)!;

async function tablesOf(pool: pg.Pool): Promise<string[]> {
  const { rows } = await pool.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
  );
  return rows.map((r) => r.name);
}

/** What each migration must leave behind, checked right after it is applied on top of the ones before. */
const EXPECTED: Record<number, (pool: pg.Pool) => Promise<void>> = {
  1: async (pool) => {
    expect(await tablesOf(pool)).toEqual(expect.arrayContaining(['branches', 'teams', 'users']));
    await pool.query(`INSERT INTO branches (id, name, created_at) VALUES ('00000000-0000-4000-8000-000000000001', 'B', now())`);
    await expect(
      pool.query(`INSERT INTO branches (id, name, created_at) VALUES ('00000000-0000-4000-8000-000000000002', 'b', now())`),
    ).rejects.toMatchObject({ code: '23505' });
    await expect(
      pool.query(
        `INSERT INTO users (id, employee_no, name, role, password_hash, created_at, updated_at)
         VALUES ('00000000-0000-4000-8000-000000000003', 'X1', 'x', 'boss', 'h', now(), now())`,
      ),
    ).rejects.toMatchObject({ code: '23514' });
  },
  2: async (pool) => {
    expect(await tablesOf(pool)).toEqual(expect.arrayContaining(['clients', 'sessions', 'refresh_tokens', 'access_tokens']));
  },
  3: async (pool) => {
    expect(await tablesOf(pool)).toEqual(expect.arrayContaining(['rate_limit_windows', 'login_backoff']));
  },
  4: async (pool) => {
    const { rows } = await pool.query('SELECT version, deadlines, phrases, taxonomy FROM org_settings');
    const { deadlines, phrases, taxonomy } = DEFAULT_ORG_SETTINGS_INPUT;
    expect(rows).toEqual([{ version: 0, deadlines, phrases, taxonomy }]);
  },
  5: async (pool) => {
    expect(await tablesOf(pool)).toEqual(
      expect.arrayContaining(['sync_feed', 'sync_complaints', 'sync_events', 'sync_removals', 'sync_client', 'sync_rejections', 'sync_audit']),
    );
    expect((await pool.query('SELECT position FROM sync_feed')).rows).toEqual([{ position: '0' }]);
  },
  7: async (pool) => {
    expect(await tablesOf(pool)).toEqual(expect.arrayContaining(['sync_calls']));
    const { rows } = await pool.query("SELECT column_name FROM information_schema.columns WHERE table_name = 'sync_calls' ORDER BY ordinal_position");
    expect(rows.map((r: { column_name: string }) => r.column_name)).toEqual(['id', 'complaint_id', 'record']);
  },
  8: async (pool) => {
    expect(await tablesOf(pool)).toEqual(expect.arrayContaining(['attachment_contents', 'attachment_chunks']));
    await expect(pool.query(`INSERT INTO attachment_contents (sha256, size, started_at) VALUES ('not-a-hash', 1, now())`)).rejects.toMatchObject({ code: '23514' });
  },
  9: async (pool) => {
    const { rows } = await pool.query<{ name: string }>(`SELECT indexname AS name FROM pg_indexes WHERE tablename = 'sync_complaints' ORDER BY 1`);
    expect(rows.map((r) => r.name)).toEqual(expect.arrayContaining(['sync_complaints_assignee', 'sync_complaints_owner', 'sync_complaints_waiting']));
    expect(rows.map((r) => r.name)).not.toContain('sync_complaints_people');
    const { rows: unlogged } = await pool.query(`SELECT relpersistence FROM pg_class WHERE relname = 'rate_limit_windows'`);
    expect(unlogged).toEqual([{ relpersistence: 'u' }]);
  },
  10: async (pool) => {
    // A squatted counter (pushed by someone else than the id's signed-in owner) and an honest one; run again over them.
    const [owner, squatter] = [randomUUID(), randomUUID()];
    for (const [id, no] of [[owner, 'T0001'], [squatter, 'T0002']]) {
      await pool.query(`INSERT INTO users (id, employee_no, name, role, password_hash, created_at, updated_at) VALUES ($1, $2, 'x', 'agent', 'x', now(), now())`, [id, no]);
    }
    const [honest, squatted] = [randomUUID(), randomUUID()];
    for (const client of [honest, squatted]) {
      await pool.query(`INSERT INTO clients (id, user_id, device_name, created_at, last_seen_at) VALUES ($1, $2, 'desk', now(), now())`, [client, owner]);
    }
    await pool.query(`INSERT INTO sync_client (client_id, user_id, last_mutation_id) VALUES ($1, $2, 3), ($3, $4, 7), ('never-signed-in', $4, 1)`, [honest, owner, squatted, squatter]);
    const client = await pool.connect();
    try {
      await migration(10).up(client);
    } finally {
      client.release();
    }
    const { rows } = await pool.query('SELECT client_id, last_mutation_id::int AS n FROM sync_client');
    expect(rows).toEqual([{ client_id: honest, n: 3 }]);
    await pool.query('DELETE FROM sync_client');
    await pool.query('DELETE FROM clients');
    await pool.query(`DELETE FROM users WHERE employee_no IN ('T0001', 'T0002')`);
  },
  11: async (pool) => {
    expect(await tablesOf(pool)).toEqual(expect.arrayContaining(['attachment_uploads', 'attachment_upload_chunks', 'attachment_content_uploaders']));
    const { rows } = await pool.query("SELECT column_name FROM information_schema.columns WHERE table_name = 'attachment_contents' ORDER BY ordinal_position");
    expect(rows.map((r: { column_name: string }) => r.column_name)).toEqual(['sha256', 'size', 'completed_at']);
  },
  12: async (pool) => {
    const { rows } = await pool.query<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns WHERE (table_name, column_name) IN (('sync_audit', 'desk_time'), ('sync_audit', 'clock_skew_ms'), ('sync_audit', 'made_at'), ('sync_calls', 'recorded_by')) ORDER BY 1, 2`,
    );
    expect(rows.map((r) => `${r.table_name}.${r.column_name}`)).toEqual(['sync_audit.clock_skew_ms', 'sync_audit.desk_time', 'sync_audit.made_at', 'sync_calls.recorded_by']);
  },
  13: async (pool) => {
    // The default templates, the version untouched (still 0: never edited), and never null afterwards.
    const { rows } = await pool.query('SELECT version, templates FROM org_settings');
    expect(rows).toEqual([{ version: 0, templates: DEFAULT_ORG_SETTINGS_INPUT.templates }]);
    await expect(pool.query('UPDATE org_settings SET templates = NULL')).rejects.toMatchObject({ code: '23502' });
  },
  14: async (pool) => {
    const { rows } = await pool.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'sync_complaints' AND column_name = ANY($1) ORDER BY 1`,
      [['received_at', 'ended_at', 'status', 'stage', 'complaint_type', 'complaint_subtype', 'channel', 'complexity', 'satisfaction']],
    );
    expect(rows.map((r) => r.column_name)).toEqual(['channel', 'complaint_subtype', 'complaint_type', 'complexity', 'ended_at', 'received_at', 'satisfaction', 'stage', 'status']);
    const { rows: indexes } = await pool.query<{ name: string }>(`SELECT indexname AS name FROM pg_indexes WHERE tablename = 'sync_complaints'`);
    expect(indexes.map((r) => r.name)).toEqual(
      expect.arrayContaining(['sync_complaints_received', 'sync_complaints_open']),
    );
  },
  16: async (pool) => {
    // The default watch list and scorecard, no classifier yet, the version untouched; never null afterwards; the models' table.
    const { rows } = await pool.query('SELECT version, watch_list, scorecard, classifier_version FROM org_settings');
    expect(rows).toEqual([{ version: 0, watch_list: DEFAULT_WATCH_LIST, scorecard: DEFAULT_SCORECARD, classifier_version: 0 }]);
    await expect(pool.query('UPDATE org_settings SET watch_list = NULL')).rejects.toMatchObject({ code: '23502' });
    await expect(pool.query('UPDATE org_settings SET scorecard = NULL')).rejects.toMatchObject({ code: '23502' });
    const { rows: models } = await pool.query('SELECT count(*)::int AS n FROM classifier_models');
    expect(models).toEqual([{ n: 0 }]);
    await expect(pool.query(`INSERT INTO classifier_models (version, trained_at, trained_by, examples, model) VALUES (0, now(), gen_random_uuid(), 0, '{}')`)).rejects.toMatchObject({ code: '23514' });
  },
  17: async (pool) => {
    // The 2026 working calendar, 24 first-contact hours and 5 return-visit days; the version untouched; never null afterwards.
    const { rows } = await pool.query('SELECT version, clock FROM org_settings');
    expect(rows).toEqual([{ version: 0, clock: DEFAULT_CLOCK_SETTINGS }]);
    await expect(pool.query('UPDATE org_settings SET clock = NULL')).rejects.toMatchObject({ code: '23502' });
  },
  18: async (pool) => {
    // The seeded classification, repeat window and no bases; the version untouched; never null afterwards; the policy index.
    const { rows } = await pool.query('SELECT version, regulatory FROM org_settings');
    expect(rows).toEqual([{ version: 0, regulatory: DEFAULT_ORG_SETTINGS_INPUT.regulatory }]);
    await expect(pool.query('UPDATE org_settings SET regulatory = NULL')).rejects.toMatchObject({ code: '23502' });
    const { rows: indexes } = await pool.query<{ name: string }>(`SELECT indexname AS name FROM pg_indexes WHERE tablename = 'sync_complaints'`);
    expect(indexes.map((r) => r.name)).toContain('sync_complaints_policy');
  },
  19: async (pool) => {
    // No rules and no macros (every complaint stays with its taker, as before); the version untouched; availability and turns.
    const { rows } = await pool.query('SELECT version, assignment, macros FROM org_settings');
    expect(rows).toEqual([{ version: 0, assignment: { rules: [], fallbacks: [] }, macros: [] }]);
    expect(await tablesOf(pool)).toEqual(expect.arrayContaining(['person_availability', 'assignment_turns']));
    await expect(pool.query(`INSERT INTO person_availability (user_id, state, updated_at) VALUES (gen_random_uuid(), 'asleep', now())`)).rejects.toMatchObject({ code: '23514' });
  },
  21: async (pool) => {
    // 核查: a complaint's reviews are found by the original they review (the review-request rule).
    const { rows: indexes } = await pool.query<{ name: string }>(`SELECT indexname AS name FROM pg_indexes WHERE tablename = 'sync_complaints'`);
    expect(indexes.map((r) => r.name)).toContain('sync_complaints_review_of');
  },
  24: async (pool) => {
    // The scorecard stored since 16 is version 1, kept in its history; the settings version untouched; versions start at 1.
    const { rows } = await pool.query('SELECT version, scorecard_version FROM org_settings');
    expect(rows).toEqual([{ version: 0, scorecard_version: 1 }]);
    const { rows: history } = await pool.query('SELECT version, scorecard FROM scorecard_versions');
    expect(history).toEqual([{ version: 1, scorecard: DEFAULT_SCORECARD }]);
    await expect(pool.query('UPDATE org_settings SET scorecard_version = 0')).rejects.toMatchObject({ code: '23514' });
  },
  26: async (pool) => {
    // Ending a session, changing a person or moving a team notifies actor_revoked (the token caches drop the callers).
    const { rows } = await pool.query<{ name: string }>(`SELECT tgname AS name FROM pg_trigger WHERE tgname LIKE '%actor_revoked' ORDER BY tgname`);
    expect(rows.map((r) => r.name)).toEqual(['sessions_actor_revoked', 'teams_actor_revoked', 'users_actor_revoked']);
    const { rows: columns } = await pool.query(`SELECT column_default, is_nullable FROM information_schema.columns WHERE table_name = 'users' AND column_name = 'actor_generation'`);
    expect(columns).toEqual([{ column_default: '0', is_nullable: 'NO' }]);
  },
};

describe.each(BACKENDS)('server migrations on %s', (backend) => {
  let testDb: TestDatabase;
  let database: Database;

  beforeAll(async () => {
    testDb = await createTestDatabase(backend);
    // Opened with no migrations, so each test below applies exactly one more.
    database = await openUnmigrated(testDb);
  });
  afterAll(async () => {
    await database?.close();
    await testDb?.drop();
  });

  it('has one expectation per migration', () => {
    expect(Object.keys(EXPECTED).map(Number)).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it('has one file per migration, named by its version, all of them in the index', async () => {
    const folder = join(import.meta.dirname, '../../../server/db/migrations');
    const files = readdirSync(folder).filter((f) => /^\d{4}-.+\.ts$/.test(f)).sort();
    const inFiles = await Promise.all(files.map(async (f) => ((await import(join(folder, f))) as { default: Migration }).default));
    expect(files.map((f) => Number(f.slice(0, 4)))).toEqual(inFiles.map((m) => m.version));
    expect(inFiles).toEqual(MIGRATIONS);
  });

  it.each(MIGRATIONS.map((m) => [m.version, m.name] as const))('migration %i (%s) applies on top of the ones before', async (version) => {
    const upTo = MIGRATIONS.filter((m) => m.version <= version);
    expect(await migrate(database.pool, upTo)).toEqual([migration(version).version]);
    await EXPECTED[version]!(database.pool);
    expect(await migrate(database.pool, upTo)).toEqual([]);
  });

  it('refuses a database migrated by a newer server', async () => {
    await database.pool.query(`INSERT INTO schema_migrations (version, name) VALUES (9999, 'from the future')`);
    await expect(migrate(database.pool)).rejects.toThrow(/9999/);
    await database.pool.query('DELETE FROM schema_migrations WHERE version = 9999');
  });
});

describe('server migrations, two processes starting together on one PostgreSQL', () => {
  it('apply each migration once', async () => {
    const testDb = await createTestDatabase('postgres');
    try {
      const [a, b] = await Promise.all([openDatabase(testDb.location), openDatabase(testDb.location)]);
      const { rows } = await a.pool.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY 1');
      expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
      await Promise.all([a.close(), b.close()]);
    } finally {
      await testDb.drop();
    }
  });
});
