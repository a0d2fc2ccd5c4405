import type { AvailabilityEntry, AvailabilityUpdate } from '../../shared/org/assignment';
import { DEFAULT_AVAILABILITY } from '../../shared/domain/assignment/availability';
import { rowsOf, type Queryable } from '../db/queryable';

interface EntryRow {
  id: string;
  employee_no: string;
  name: string;
  team_id: string | null;
  state: AvailabilityEntry['state'] | null;
  cap: number | null;
  skills: string[] | null;
  open_count: number;
}

/** Active people (everyone, or one team's), with their availability (the default for someone never set) and open complaints. */
export async function listAvailability(db: Queryable, scope: { teamId: string } | { userId: string } | 'everyone'): Promise<AvailabilityEntry[]> {
  const [where, params] =
    scope === 'everyone' ? ['', []] : 'teamId' in scope ? ['AND u.team_id = $1', [scope.teamId]] : ['AND u.id = $1', [scope.userId]];
  const rows = await rowsOf<EntryRow>(
    db,
    `SELECT u.id, u.employee_no, u.name, u.team_id, a.state, a.cap, a.skills,
       (SELECT count(*) FROM sync_complaints c WHERE c.assignee_no = u.employee_no AND NOT c.deleted AND c.document->>'status' = 'open')::int AS open_count
     FROM users u LEFT JOIN person_availability a ON a.user_id = u.id
     WHERE u.active ${where} ORDER BY u.employee_no`,
    params,
  );
  return rows.map((r) => ({
    userId: r.id,
    employeeNo: r.employee_no,
    name: r.name,
    teamId: r.team_id,
    state: r.state ?? DEFAULT_AVAILABILITY.state,
    cap: r.state === null ? DEFAULT_AVAILABILITY.cap : r.cap,
    skills: r.skills ?? DEFAULT_AVAILABILITY.skills,
    openCount: r.open_count,
  }));
}

/** Writes the fields given, the others as they were (or the defaults). */
export async function updateAvailability(db: Queryable, userId: string, update: AvailabilityUpdate, by: string, now: Date): Promise<void> {
  await db.query(
    `INSERT INTO person_availability (user_id, state, cap, skills, updated_at, updated_by)
     VALUES ($1, coalesce($2, $7), CASE WHEN $3::boolean THEN $4::int ELSE NULL END, coalesce($5::jsonb, '[]'::jsonb), $6, $8)
     ON CONFLICT (user_id) DO UPDATE SET
       state = coalesce($2, person_availability.state),
       cap = CASE WHEN $3::boolean THEN $4::int ELSE person_availability.cap END,
       skills = coalesce($5::jsonb, person_availability.skills),
       updated_at = $6, updated_by = $8`,
    [
      userId,
      update.state ?? null,
      update.cap !== undefined,
      update.cap ?? null,
      update.skills === undefined ? null : JSON.stringify(update.skills),
      now,
      DEFAULT_AVAILABILITY.state,
      by,
    ],
  );
}
