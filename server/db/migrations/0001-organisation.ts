import { sql, type Migration } from './migration';

const migration: Migration = {
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
};

export default migration;
