import { sql, type Migration } from './migration';

const migration: Migration = {
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
};

export default migration;
