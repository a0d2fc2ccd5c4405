import { sql, type Migration } from './migration';

const migration: Migration = {
  version: 19,
  name: "assignment rules and macros in the organisation's settings, people's availability, round-robin turns",
  up: sql(
    // No rules: every complaint stays with whoever took it, as before; the settings version stays (nothing changed for a desk).
    `ALTER TABLE org_settings ADD COLUMN assignment jsonb NOT NULL DEFAULT '{"rules":[],"fallbacks":[]}'::jsonb`,
    `ALTER TABLE org_settings ADD COLUMN macros jsonb NOT NULL DEFAULT '[]'::jsonb`,
    `CREATE TABLE person_availability (
         user_id uuid PRIMARY KEY REFERENCES users (id),
         state text NOT NULL CHECK (state IN ('onShift', 'onLeave', 'off')),
         cap integer CHECK (cap >= 0),
         skills jsonb NOT NULL DEFAULT '[]'::jsonb,
         updated_at timestamptz NOT NULL,
         updated_by uuid REFERENCES users (id)
       )`,
    // The member round robin gave the team's previous complaint; the row is locked while a push routes into the team.
    `CREATE TABLE assignment_turns (
         team_id uuid PRIMARY KEY REFERENCES teams (id),
         last_picked text
       )`,
  ),
};

export default migration;
