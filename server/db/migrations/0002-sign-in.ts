import { sql, type Migration } from './migration';

const migration: Migration = {
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
};

export default migration;
