import type { Role } from '../../shared/domain/actor';
import type { Profile, User } from '../../shared/org/user';
import { firstRowOf, rowsOf, type Queryable } from '../db/queryable';
import { HIT_WINDOW_UPSERT } from './throttle';

interface UserRow {
  id: string;
  employee_no: string;
  name: string;
  role: Role;
  team_id: string | null;
  team_name: string | null;
  branch_id: string | null;
  branch_name: string | null;
  active: boolean;
  password_hash: string;
  created_at: Date;
}

/** A user as the server works with them: their record plus their team and branch. */
export interface UserRecord {
  id: string;
  employeeNo: string;
  name: string;
  role: Role;
  teamId: string | null;
  teamName: string | null;
  branchId: string | null;
  branchName: string | null;
  active: boolean;
  passwordHash: string;
  createdAt: Date;
}

const USER_COLUMNS = `u.id, u.employee_no, u.name, u.role, u.team_id, t.name AS team_name, t.branch_id, b.name AS branch_name,
         u.active, u.password_hash, u.created_at`;
const USERS_FROM = 'FROM users u LEFT JOIN teams t ON t.id = u.team_id LEFT JOIN branches b ON b.id = t.branch_id';
const SELECT_USERS = `SELECT ${USER_COLUMNS} ${USERS_FROM}`;

const toRecord = (row: UserRow): UserRecord => ({
  id: row.id,
  employeeNo: row.employee_no,
  name: row.name,
  role: row.role,
  teamId: row.team_id,
  teamName: row.team_name,
  branchId: row.branch_id,
  branchName: row.branch_name,
  active: row.active,
  passwordHash: row.password_hash,
  createdAt: row.created_at,
});

/** What a profile and a user record both show of a person. */
const identityOf = (r: UserRecord) => ({
  employeeNo: r.employeeNo,
  name: r.name,
  role: r.role,
  teamId: r.teamId,
  teamName: r.teamName,
  branchId: r.branchId,
  branchName: r.branchName,
});

export const toUser = (r: UserRecord): User => ({
  id: r.id,
  ...identityOf(r),
  active: r.active,
  createdAt: r.createdAt.toISOString(),
});

export const toProfile = (r: UserRecord): Profile => ({ userId: r.id, ...identityOf(r) });

export async function findUserById(db: Queryable, id: string): Promise<UserRecord | undefined> {
  const row = await firstRowOf<UserRow>(db, `${SELECT_USERS} WHERE u.id = $1`, [id]);
  return row && toRecord(row);
}

/**
 * The user behind a live access token (unexpired, session not revoked), with the session, and — if the
 * user is active — one hit counted on `rateKeyPrefix` + their id in the fixed window (see hitWindow), in
 * one statement: a signed-in call costs one round trip before its work.
 */
export async function findCallerCountingHit(
  db: Queryable,
  accessHash: string,
  now: Date,
  rateKeyPrefix: string,
  windowSeconds: number,
): Promise<{ sessionId: string; tokenExpiresAt: Date; generation: string; user: UserRecord; hit: { hits: number; windowStart: Date } | null } | undefined> {
  const row = await firstRowOf<UserRow & { session_id: string; token_expires_at: Date; actor_generation: string; hits: number | null; window_start: Date | null }>(
    db,
    // The token first, by its primary key, then its session, person, team and branch by theirs (OFFSET 0 keeps the
    // planner from flattening the lateral join): planned from the sessions, as the planner chose while a shift's
    // fresh sign-ins were not yet analysed, every call read every open session and its person.
    `WITH token AS MATERIALIZED (
       SELECT session_id, expires_at FROM access_tokens WHERE token_hash = $1 AND expires_at > $2
     ), caller AS (
       SELECT c.*, a.expires_at AS token_expires_at FROM token a CROSS JOIN LATERAL (
         SELECT ${USER_COLUMNS}, s.id AS session_id, u.actor_generation
         FROM sessions s JOIN users u ON u.id = s.user_id LEFT JOIN teams t ON t.id = u.team_id LEFT JOIN branches b ON b.id = t.branch_id
         WHERE s.id = a.session_id AND s.revoked_at IS NULL
         OFFSET 0
       ) c
     ), hit AS (
       ${HIT_WINDOW_UPSERT.replace('VALUES ($1, $2, 1)', `SELECT $4 || caller.id::text, $2, 1 FROM caller WHERE caller.active`)}
     )
     SELECT caller.*, hit.hits, hit.window_start FROM caller LEFT JOIN hit ON true`,
    [accessHash, now, windowSeconds, rateKeyPrefix],
  );
  if (!row) return undefined;
  return {
    sessionId: row.session_id,
    tokenExpiresAt: row.token_expires_at,
    generation: String(row.actor_generation),
    user: toRecord(row),
    hit: row.hits === null ? null : { hits: row.hits, windowStart: row.window_start! },
  };
}

/**
 * For a caller served from a process's token cache: counts the hit as findCallerCountingHit does and answers the
 * person's `actor_generation` (server migration 26), which every change to their sessions, person or team bumps —
 * one statement, so a cached caller costs one round trip and never outlives a committed change.
 */
export async function countHitReadingGeneration(
  db: Queryable,
  userId: string,
  now: Date,
  rateKeyPrefix: string,
  windowSeconds: number,
): Promise<{ hits: number; windowStart: Date; generation: string | null }> {
  const row = await firstRowOf<{ hits: number; window_start: Date; generation: string | null }>(
    db,
    `WITH hit AS (${HIT_WINDOW_UPSERT})
     SELECT hit.hits, hit.window_start, (SELECT actor_generation FROM users WHERE id = $4::uuid) AS generation FROM hit`,
    [`${rateKeyPrefix}${userId}`, now, windowSeconds, userId],
  );
  return { hits: row!.hits, windowStart: row!.window_start, generation: row!.generation === null ? null : String(row!.generation) };
}

/** 工号 are unique regardless of letter case. */
export async function findUserByEmployeeNo(db: Queryable, employeeNo: string): Promise<UserRecord | undefined> {
  const row = await firstRowOf<UserRow>(db, `${SELECT_USERS} WHERE lower(u.employee_no) = lower($1)`, [employeeNo]);
  return row && toRecord(row);
}

/** Everyone, or one team's members; ordered by 工号. */
export async function listUsers(db: Queryable, teamId?: string): Promise<UserRecord[]> {
  const rows =
    teamId === undefined
      ? await rowsOf<UserRow>(db, `${SELECT_USERS} ORDER BY u.employee_no`)
      : await rowsOf<UserRow>(db, `${SELECT_USERS} WHERE u.team_id = $1 ORDER BY u.employee_no`, [teamId]);
  return rows.map(toRecord);
}

export interface NewUser {
  id: string;
  employeeNo: string;
  name: string;
  role: Role;
  teamId: string | null;
  passwordHash: string;
}

export async function insertUser(db: Queryable, user: NewUser, now: Date): Promise<void> {
  await db.query(
    `INSERT INTO users (id, employee_no, name, role, team_id, password_hash, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $7)`,
    [user.id, user.employeeNo, user.name, user.role, user.teamId, user.passwordHash, now],
  );
}

export interface UserChanges {
  name?: string;
  role?: Role;
  teamId?: string | null;
  active?: boolean;
  passwordHash?: string;
}

const COLUMNS: Record<keyof UserChanges, string> = {
  name: 'name',
  role: 'role',
  teamId: 'team_id',
  active: 'active',
  passwordHash: 'password_hash',
};

export async function updateUser(db: Queryable, id: string, changes: UserChanges, now: Date): Promise<void> {
  const entries = (Object.keys(COLUMNS) as (keyof UserChanges)[]).filter((key) => changes[key] !== undefined);
  const sets = entries.map((key, i) => `${COLUMNS[key]} = $${i + 3}`);
  await db.query(`UPDATE users SET ${['updated_at = $2', ...sets].join(', ')} WHERE id = $1`, [
    id,
    now,
    ...entries.map((key) => changes[key]),
  ]);
}

export async function countActiveAdmins(db: Queryable): Promise<number> {
  const row = await firstRowOf<{ n: number }>(db, `SELECT count(*)::int AS n FROM users WHERE role = 'admin' AND active`);
  return row?.n ?? 0;
}

export async function countUsers(db: Queryable): Promise<number> {
  return (await firstRowOf<{ n: number }>(db, 'SELECT count(*)::int AS n FROM users'))?.n ?? 0;
}
