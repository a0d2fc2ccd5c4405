import type { OrgSettings, OrgSettingsInput } from '../../shared/org/org-settings-schema';
import { firstRowOf, type Queryable } from '../db/queryable';

interface SettingsRow {
  version: number;
  updated_at: Date;
  deadlines: OrgSettings['deadlines'];
  phrases: OrgSettings['phrases'];
  taxonomy: OrgSettings['taxonomy'];
  templates: NonNullable<OrgSettings['templates']>;
  regulatory: NonNullable<OrgSettings['regulatory']>;
  assignment: NonNullable<OrgSettings['assignment']>;
  macros: NonNullable<OrgSettings['macros']>;
  watch_list: NonNullable<OrgSettings['watchList']>;
  scorecard: NonNullable<OrgSettings['scorecard']>;
  scorecard_version: number;
  clock: NonNullable<OrgSettings['clock']>;
  classifier_version: number;
}

const toSettings = (row: SettingsRow): OrgSettings => ({
  version: row.version,
  updatedAt: row.updated_at.toISOString(),
  deadlines: row.deadlines,
  phrases: row.phrases,
  taxonomy: row.taxonomy,
  templates: row.templates,
  regulatory: row.regulatory,
  assignment: row.assignment,
  macros: row.macros,
  watchList: row.watch_list,
  scorecard: row.scorecard,
  scorecardVersion: row.scorecard_version,
  clock: row.clock,
  classifierVersion: row.classifier_version,
});

const COLUMNS = 'version, updated_at, deadlines, phrases, taxonomy, templates, regulatory, assignment, macros, watch_list, scorecard, scorecard_version, clock, classifier_version';
const RETURNING = `RETURNING ${COLUMNS}`;

export async function readOrgSettings(db: Queryable): Promise<OrgSettings> {
  const row = await firstRowOf<SettingsRow>(db, `SELECT ${COLUMNS} FROM org_settings WHERE id = 1`);
  if (!row) throw new Error('org_settings has no row: the database was not migrated');
  return toSettings(row);
}

/**
 * Replaces the settings and bumps the version in one statement; with `onlyAtVersion`, only while
 * the version is still that one (answers undefined otherwise). Input without templates (a desk of before
 * server migration 13) keeps the stored ones; so does input without `regulatory` (before migration 18).
 */
export async function writeOrgSettings(
  db: Queryable,
  input: OrgSettingsInput,
  by: string,
  now: Date,
  onlyAtVersion?: number,
): Promise<OrgSettings | undefined> {
  const row = await firstRowOf<SettingsRow>(
    db,
    `UPDATE org_settings SET version = version + 1, updated_at = $1, updated_by = $2, deadlines = $3, phrases = $4, taxonomy = $5,
       templates = COALESCE($7::jsonb, templates), regulatory = COALESCE($8::jsonb, regulatory)
     WHERE id = 1 AND ($6::int IS NULL OR version = $6::int) ${RETURNING}`,
    [
      now,
      by,
      JSON.stringify(input.deadlines),
      JSON.stringify(input.phrases),
      JSON.stringify(input.taxonomy),
      onlyAtVersion ?? null,
      input.templates === undefined ? null : JSON.stringify(input.templates),
      input.regulatory === undefined ? null : JSON.stringify(input.regulatory),
    ],
  );
  return row && toSettings(row);
}
