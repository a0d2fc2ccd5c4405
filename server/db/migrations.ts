import type pg from 'pg';
import { DEFAULT_ORG_SETTINGS_INPUT } from '../../shared/org/org-settings';

export interface Migration {
  version: number;
  name: string;
  up(client: pg.PoolClient): Promise<void>;
}

const sql =
  (...statements: string[]) =>
  async (client: pg.PoolClient) => {
    for (const statement of statements) await client.query(statement);
  };

/**
 * Forward only: a released migration is never edited; a change is a new entry. SQL that
 * PostgreSQL 15 accepts (CI) as well as PGlite (PostgreSQL 18).
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'organisation: branches, teams, users',
    up: sql(
      `CREATE TABLE branches (
         id uuid PRIMARY KEY,
         name text NOT NULL,
         created_at timestamptz NOT NULL
       )`,
      `CREATE UNIQUE INDEX branches_name ON branches (lower(name))`,
      `CREATE TABLE teams (
         id uuid PRIMARY KEY,
         branch_id uuid NOT NULL REFERENCES branches (id),
         name text NOT NULL,
         lead_id uuid,
         created_at timestamptz NOT NULL
       )`,
      `CREATE UNIQUE INDEX teams_name_in_branch ON teams (branch_id, lower(name))`,
      `CREATE TABLE users (
         id uuid PRIMARY KEY,
         employee_no text NOT NULL,
         name text NOT NULL,
         role text NOT NULL CHECK (role IN ('agent', 'lead', 'admin')),
         team_id uuid REFERENCES teams (id),
         active boolean NOT NULL DEFAULT true,
         password_hash text NOT NULL,
         created_at timestamptz NOT NULL,
         updated_at timestamptz NOT NULL
       )`,
      `CREATE UNIQUE INDEX users_employee_no ON users (lower(employee_no))`,
      `CREATE INDEX users_team ON users (team_id)`,
      `ALTER TABLE teams ADD CONSTRAINT teams_lead FOREIGN KEY (lead_id) REFERENCES users (id)`,
      `CREATE UNIQUE INDEX teams_one_per_lead ON teams (lead_id) WHERE lead_id IS NOT NULL`,
    ),
  },
  {
    version: 2,
    name: 'sign-in: clients, sessions, tokens',
    up: sql(
      `CREATE TABLE clients (
         id uuid PRIMARY KEY,
         user_id uuid NOT NULL REFERENCES users (id),
         device_name text NOT NULL,
         created_at timestamptz NOT NULL,
         last_seen_at timestamptz NOT NULL
       )`,
      `CREATE TABLE sessions (
         id uuid PRIMARY KEY,
         user_id uuid NOT NULL REFERENCES users (id),
         client_id uuid NOT NULL REFERENCES clients (id),
         created_at timestamptz NOT NULL,
         revoked_at timestamptz,
         revoked_reason text
       )`,
      `CREATE INDEX sessions_user ON sessions (user_id) WHERE revoked_at IS NULL`,
      `CREATE TABLE refresh_tokens (
         token_hash text PRIMARY KEY,
         session_id uuid NOT NULL REFERENCES sessions (id),
         expires_at timestamptz NOT NULL,
         rotated_at timestamptz
       )`,
      `CREATE INDEX refresh_tokens_session ON refresh_tokens (session_id)`,
      `CREATE TABLE access_tokens (
         token_hash text PRIMARY KEY,
         session_id uuid NOT NULL REFERENCES sessions (id),
         expires_at timestamptz NOT NULL
       )`,
      `CREATE INDEX access_tokens_session ON access_tokens (session_id)`,
    ),
  },
  {
    version: 3,
    name: 'throttling: rate-limit windows and per-account login back-off',
    up: sql(
      `CREATE TABLE rate_limit_windows (
         key text PRIMARY KEY,
         window_start timestamptz NOT NULL,
         hits integer NOT NULL
       )`,
      `CREATE TABLE login_backoff (
         employee_no text PRIMARY KEY,
         failures integer NOT NULL,
         locked_until timestamptz,
         last_failure_at timestamptz NOT NULL
       )`,
    ),
  },
  {
    version: 4,
    name: 'organisation settings: deadlines, phrase book, taxonomy (version 0 = defaults)',
    async up(client) {
      await client.query(`CREATE TABLE org_settings (
         id integer PRIMARY KEY CHECK (id = 1),
         version integer NOT NULL,
         updated_at timestamptz NOT NULL,
         updated_by uuid REFERENCES users (id),
         deadlines jsonb NOT NULL,
         phrases jsonb NOT NULL,
         taxonomy jsonb NOT NULL
       )`);
      const { deadlines, phrases, taxonomy } = DEFAULT_ORG_SETTINGS_INPUT;
      await client.query(
        `INSERT INTO org_settings (id, version, updated_at, deadlines, phrases, taxonomy) VALUES (1, 0, now(), $1, $2, $3)`,
        [JSON.stringify(deadlines), JSON.stringify(phrases), JSON.stringify(taxonomy)],
      );
    },
  },
  {
    version: 5,
    name: 'sync: complaints, timeline, per-client counters, rejections, audit, change feed',
    up: sql(
      // The change feed's position: one row, bumped inside every writing transaction, so positions
      // commit in order and a reader's cursor can never pass a change that commits later.
      `CREATE TABLE sync_feed (id integer PRIMARY KEY CHECK (id = 1), position bigint NOT NULL)`,
      `INSERT INTO sync_feed (id, position) VALUES (1, 0)`,
      `CREATE TABLE sync_complaints (
         id text PRIMARY KEY,
         document jsonb NOT NULL,
         version integer NOT NULL,
         field_versions jsonb NOT NULL DEFAULT '{}',
         field_writers jsonb NOT NULL DEFAULT '{}',
         owner_no text NOT NULL,
         assignee_no text,
         team_id uuid,
         branch_id uuid,
         needs_review boolean NOT NULL DEFAULT false,
         conflicts jsonb NOT NULL DEFAULT '[]',
         deleted boolean NOT NULL DEFAULT false,
         position bigint NOT NULL
       )`,
      `CREATE INDEX sync_complaints_position ON sync_complaints (position)`,
      `CREATE INDEX sync_complaints_team ON sync_complaints (team_id, position)`,
      `CREATE INDEX sync_complaints_people ON sync_complaints (assignee_no, owner_no)`,
      `CREATE TABLE sync_events (
         id text PRIMARY KEY,
         complaint_id text NOT NULL REFERENCES sync_complaints (id),
         seq bigserial,
         document jsonb NOT NULL
       )`,
      `CREATE INDEX sync_events_complaint ON sync_events (complaint_id, seq)`,
      // Who lost sight of a complaint when it moved (reassignment across agents or teams): their desks pull a remove.
      `CREATE TABLE sync_removals (
         position bigint NOT NULL,
         complaint_id text NOT NULL,
         assignee_no text,
         owner_no text,
         team_id uuid
       )`,
      `CREATE INDEX sync_removals_position ON sync_removals (position)`,
      `CREATE TABLE sync_client (
         client_id text PRIMARY KEY,
         user_id uuid NOT NULL REFERENCES users (id),
         last_mutation_id bigint NOT NULL DEFAULT 0
       )`,
      `CREATE TABLE sync_rejections (
         client_id text NOT NULL,
         mutation_id bigint NOT NULL,
         op_id text NOT NULL,
         user_id uuid NOT NULL,
         name text NOT NULL,
         code text NOT NULL,
         message_key text NOT NULL,
         params jsonb,
         at timestamptz NOT NULL,
         PRIMARY KEY (client_id, mutation_id)
       )`,
      `CREATE TABLE sync_audit (
         seq bigserial PRIMARY KEY,
         op_id text NOT NULL UNIQUE,
         client_id text NOT NULL,
         mutation_id bigint NOT NULL,
         user_id uuid NOT NULL,
         name text NOT NULL,
         complaint_id text NOT NULL,
         outcome text NOT NULL CHECK (outcome IN ('applied', 'rejected')),
         at timestamptz NOT NULL
       )`,
      `CREATE FUNCTION sync_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         RAISE EXCEPTION 'sync_audit is append-only';
       END $$`,
      `CREATE TRIGGER sync_audit_no_change BEFORE UPDATE OR DELETE OR TRUNCATE ON sync_audit
         FOR EACH STATEMENT EXECUTE FUNCTION sync_audit_append_only()`,
    ),
  },
  {
    version: 7,
    name: 'sync calls: the call each synced complaint was taken on, latest snapshot per call',
    up: sql(
      `CREATE TABLE sync_calls (
         id text PRIMARY KEY,
         complaint_id text NOT NULL REFERENCES sync_complaints (id),
         record jsonb NOT NULL
       )`,
      `CREATE INDEX sync_calls_complaint ON sync_calls (complaint_id)`,
    ),
  },
  {
    version: 8,
    name: 'attachment contents: uploads by SHA-256, in chunks',
    up: sql(
      // One row per content (not per attachment): the same file attached twice is stored once.
      `CREATE TABLE attachment_contents (
         sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
         size bigint NOT NULL CHECK (size >= 0),
         received bigint NOT NULL DEFAULT 0 CHECK (received >= 0 AND received <= size),
         complete boolean NOT NULL DEFAULT false,
         started_at timestamptz NOT NULL,
         completed_at timestamptz
       )`,
      `CREATE TABLE attachment_chunks (
         sha256 text NOT NULL REFERENCES attachment_contents (sha256) ON DELETE CASCADE,
         byte_offset bigint NOT NULL,
         data bytea NOT NULL,
         PRIMARY KEY (sha256, byte_offset)
       )`,
      // Who may upload or download a content: whoever sees a complaint whose timeline added it.
      `CREATE INDEX sync_events_attachment_sha256 ON sync_events ((document->'data'->>'sha256')) WHERE document->>'kind' = 'attachment.added'`,
    ),
  },
  {
    version: 9,
    name: 'sync under load: agents pull by index, changes wait at position 0 for the feed placer, throttle counters unlogged',
    up: sql(
      // An agent's pull asks lower(owner_no) = me OR lower(assignee_no) = me after a position: one index for each side.
      `CREATE INDEX sync_complaints_owner ON sync_complaints (lower(owner_no), position)`,
      `CREATE INDEX sync_complaints_assignee ON sync_complaints (lower(assignee_no), position)`,
      // No query reads this one (it compared case-sensitively); every push paid for it.
      `DROP INDEX sync_complaints_people`,
      // Pushes write at position 0; the feed placer finds what waits there.
      `CREATE INDEX sync_complaints_waiting ON sync_complaints (id) WHERE position = 0`,
      `CREATE INDEX sync_removals_waiting ON sync_removals (complaint_id) WHERE position = 0`,
      // Every signed-in call counts a hit: unlogged, its commit waits for no disk flush. A crash empties
      // it (PostgreSQL truncates unlogged tables in recovery): the windows start again, nothing else is lost.
      `ALTER TABLE rate_limit_windows SET UNLOGGED`,
    ),
  },
  {
    version: 10,
    name: 'sync client ids are bound at sign-in: counters a push bound for another person than the id signed in with are released',
    up: sql(
      // Before, a push bound a client id to whoever pushed with it first, and could lock its desk out: a sync
      // row (and its rejections) whose person never signed in with that id was not that desk's; the desk's next
      // push starts its own row.
      `DELETE FROM sync_rejections r
       WHERE NOT EXISTS (SELECT 1 FROM clients c WHERE c.id::text = r.client_id AND c.user_id = r.user_id)`,
      `DELETE FROM sync_client k
       WHERE NOT EXISTS (SELECT 1 FROM clients c WHERE c.id::text = k.client_id AND c.user_id = k.user_id)`,
    ),
  },
  {
    version: 11,
    name: 'attachment contents by proof of possession: uploads staged per uploader, verified contents and who uploaded them',
    up: sql(
      // One person's upload in progress: its size is that person's own claim, so a wrong one blocks nobody else.
      `CREATE TABLE attachment_uploads (
         sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
         uploader_id uuid NOT NULL REFERENCES users (id),
         size bigint NOT NULL CHECK (size >= 0),
         received bigint NOT NULL DEFAULT 0 CHECK (received >= 0 AND received <= size),
         started_at timestamptz NOT NULL,
         touched_at timestamptz NOT NULL,
         PRIMARY KEY (sha256, uploader_id)
       )`,
      `CREATE TABLE attachment_upload_chunks (
         sha256 text NOT NULL,
         uploader_id uuid NOT NULL,
         byte_offset bigint NOT NULL,
         data bytea NOT NULL,
         PRIMARY KEY (sha256, uploader_id, byte_offset),
         FOREIGN KEY (sha256, uploader_id) REFERENCES attachment_uploads (sha256, uploader_id) ON DELETE CASCADE
       )`,
      // Everyone whose own bytes hashed to the content: who has proved possession of it.
      `CREATE TABLE attachment_content_uploaders (
         sha256 text NOT NULL REFERENCES attachment_contents (sha256) ON DELETE CASCADE,
         uploader_id uuid NOT NULL REFERENCES users (id),
         uploaded_at timestamptz NOT NULL,
         PRIMARY KEY (sha256, uploader_id)
       )`,
      // Half-finished uploads of before were nobody's in particular: dropped, the desks still queue them and start again from 0.
      `DELETE FROM attachment_contents WHERE NOT complete`,
      // A content verified before counts as uploaded by everyone who had attached it by now: every attachment that
      // opened before still opens, and no one gains anything they could not already read.
      `INSERT INTO attachment_content_uploaders (sha256, uploader_id, uploaded_at)
       SELECT DISTINCT ac.sha256, u.id, COALESCE(ac.completed_at, now())
       FROM attachment_contents ac
       JOIN sync_events e ON e.document->>'kind' = 'attachment.added' AND e.document->'data'->>'sha256' = ac.sha256
       JOIN users u ON lower(u.employee_no) = lower(e.document->'actor'->>'id')`,
      `UPDATE attachment_contents SET completed_at = now() WHERE completed_at IS NULL`,
      // Only verified contents stay here; their size is the bytes', no longer any attachment's claim.
      `ALTER TABLE attachment_contents DROP COLUMN received, DROP COLUMN complete, DROP COLUMN started_at`,
      `ALTER TABLE attachment_contents ALTER COLUMN completed_at SET NOT NULL`,
    ),
  },
  {
    version: 12,
    name: "the server's clock and calls: each mutation's desk time and skew, who recorded each call",
    up: sql(
      // The desk's clock is evidence: what it said, how far it was off the server's, and the time the server used.
      `ALTER TABLE sync_audit ADD COLUMN desk_time timestamptz, ADD COLUMN clock_skew_ms bigint, ADD COLUMN made_at timestamptz`,
      // A push compares a client's times with the last it sent (a clock set back while offline).
      `CREATE INDEX sync_audit_client ON sync_audit (client_id, mutation_id)`,
      // A call belongs to the person who recorded it; the calls of before, to their complaint's taker.
      `ALTER TABLE sync_calls ADD COLUMN recorded_by text`,
      `UPDATE sync_calls k SET recorded_by = lower(c.owner_no) FROM sync_complaints c WHERE c.id = k.complaint_id`,
      `ALTER TABLE sync_calls ALTER COLUMN recorded_by SET NOT NULL`,
    ),
  },
];
