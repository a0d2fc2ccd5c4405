import { sql, type Migration } from './migration';

const migration: Migration = {
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
};

export default migration;
