import type { Branch, Team } from '../../shared/org/organisation';
import { firstRowOf, rowsOf, type Queryable } from '../db/queryable';

interface TeamRow {
  id: string;
  name: string;
  branch_id: string;
  branch_name: string;
  lead_id: string | null;
}

const SELECT_TEAMS = `SELECT t.id, t.name, t.branch_id, b.name AS branch_name, t.lead_id
  FROM teams t JOIN branches b ON b.id = t.branch_id`;

const toTeam = (row: TeamRow): Team => ({
  id: row.id,
  name: row.name,
  branchId: row.branch_id,
  branchName: row.branch_name,
  leadId: row.lead_id,
});

export async function listBranches(db: Queryable, onlyId?: string): Promise<Branch[]> {
  return onlyId === undefined
    ? rowsOf<Branch>(db, 'SELECT id, name FROM branches ORDER BY name')
    : rowsOf<Branch>(db, 'SELECT id, name FROM branches WHERE id = $1', [onlyId]);
}

export async function findBranch(db: Queryable, id: string): Promise<Branch | undefined> {
  return firstRowOf<Branch>(db, 'SELECT id, name FROM branches WHERE id = $1', [id]);
}

export async function findBranchByName(db: Queryable, name: string): Promise<Branch | undefined> {
  return firstRowOf<Branch>(db, 'SELECT id, name FROM branches WHERE lower(name) = lower($1)', [name]);
}

export async function insertBranch(db: Queryable, branch: Branch, now: Date): Promise<void> {
  await db.query('INSERT INTO branches (id, name, created_at) VALUES ($1, $2, $3)', [branch.id, branch.name, now]);
}

export async function listTeams(db: Queryable, onlyId?: string): Promise<Team[]> {
  const rows =
    onlyId === undefined
      ? await rowsOf<TeamRow>(db, `${SELECT_TEAMS} ORDER BY b.name, t.name`)
      : await rowsOf<TeamRow>(db, `${SELECT_TEAMS} WHERE t.id = $1`, [onlyId]);
  return rows.map(toTeam);
}

export async function findTeam(db: Queryable, id: string): Promise<Team | undefined> {
  const row = await firstRowOf<TeamRow>(db, `${SELECT_TEAMS} WHERE t.id = $1`, [id]);
  return row && toTeam(row);
}

export async function findTeamByName(db: Queryable, branchId: string, name: string): Promise<Team | undefined> {
  const row = await firstRowOf<TeamRow>(db, `${SELECT_TEAMS} WHERE t.branch_id = $1 AND lower(t.name) = lower($2)`, [
    branchId,
    name,
  ]);
  return row && toTeam(row);
}

export async function insertTeam(
  db: Queryable,
  team: { id: string; name: string; branchId: string; leadId: string | null },
  now: Date,
): Promise<void> {
  await db.query('INSERT INTO teams (id, name, branch_id, lead_id, created_at) VALUES ($1, $2, $3, $4, $5)', [
    team.id,
    team.name,
    team.branchId,
    team.leadId,
    now,
  ]);
}

export async function updateTeam(
  db: Queryable,
  id: string,
  team: { name: string; branchId: string; leadId: string | null },
): Promise<void> {
  await db.query('UPDATE teams SET name = $2, branch_id = $3, lead_id = $4 WHERE id = $1', [
    id,
    team.name,
    team.branchId,
    team.leadId,
  ]);
}

/** A lead leads at most one team: free them from any team other than `keepTeamId`. */
export async function releaseLead(db: Queryable, leadId: string, keepTeamId: string | null): Promise<void> {
  await db.query('UPDATE teams SET lead_id = NULL WHERE lead_id = $1 AND id IS DISTINCT FROM $2', [leadId, keepTeamId]);
}
