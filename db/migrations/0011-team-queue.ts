import type { Database } from 'better-sqlite3';

/**
 * The team queue and the reports filter and sort in SQL: the channel, complexity, end and the
 * receipt instant in UTC are generated from the record; the due instant depends on the deadline
 * settings, so it is stored, kept by triggers from deadline_days (the day counts in force, which
 * core/use-cases/workflow/deadline-settings.ts mirrors from the settings) and recomputed when they change.
 * The regulator's per-period figures (policies, premium, insured persons) live beside them.
 */
export default function migrateTo0011(db: Database): void {
  db.exec(`
    CREATE TABLE deadline_days (
      complexity TEXT PRIMARY KEY,
      days INTEGER NOT NULL CHECK (days > 0)
    ) STRICT;
    INSERT INTO deadline_days (complexity, days) VALUES ('standard', 15), ('complex', 30), ('especiallyComplex', 60);

    ALTER TABLE complaints ADD COLUMN channel TEXT GENERATED ALWAYS AS (json_extract(record, '$.intake.channel')) VIRTUAL;
    ALTER TABLE complaints ADD COLUMN complexity TEXT GENERATED ALWAYS AS (coalesce(json_extract(record, '$.complexity'), 'standard')) VIRTUAL;
    ALTER TABLE complaints ADD COLUMN ended_at TEXT GENERATED ALWAYS AS (json_extract(record, '$.endedAt')) VIRTUAL;
    ALTER TABLE complaints ADD COLUMN received_utc TEXT GENERATED ALWAYS AS (strftime('%Y-%m-%dT%H:%M:%fZ', received_at)) VIRTUAL;
    ALTER TABLE complaints ADD COLUMN due_at TEXT;

    UPDATE complaints SET due_at = strftime('%Y-%m-%dT%H:%M:%fZ', received_at,
      '+' || (SELECT days FROM deadline_days WHERE deadline_days.complexity = complaints.complexity) || ' days');

    CREATE TRIGGER complaints_due_at_insert AFTER INSERT ON complaints BEGIN
      UPDATE complaints SET due_at = strftime('%Y-%m-%dT%H:%M:%fZ', NEW.received_at,
        '+' || (SELECT days FROM deadline_days WHERE deadline_days.complexity = NEW.complexity) || ' days')
      WHERE id = NEW.id;
    END;
    CREATE TRIGGER complaints_due_at_update AFTER UPDATE OF received_at, record ON complaints BEGIN
      UPDATE complaints SET due_at = strftime('%Y-%m-%dT%H:%M:%fZ', NEW.received_at,
        '+' || (SELECT days FROM deadline_days WHERE deadline_days.complexity = NEW.complexity) || ' days')
      WHERE id = NEW.id;
    END;

    CREATE INDEX complaints_due ON complaints (due_at);
    CREATE INDEX complaints_status_due ON complaints (status, due_at);
    CREATE INDEX complaints_stage_due ON complaints (stage, due_at);
    CREATE INDEX complaints_type_due ON complaints (complaint_type, due_at);
    CREATE INDEX complaints_assignee_due ON complaints (assignee_id, due_at);
    CREATE INDEX complaints_received_utc ON complaints (received_utc);
    CREATE INDEX complaints_channel ON complaints (channel, received_utc);

    CREATE TABLE regulatory_figures (
      period TEXT PRIMARY KEY,
      policies INTEGER NOT NULL CHECK (policies >= 0),
      premium_yuan REAL NOT NULL CHECK (premium_yuan >= 0),
      insured_persons INTEGER NOT NULL CHECK (insured_persons >= 0),
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL
    ) STRICT;
  `);
}
