import { AssignmentRulesSchema, NO_ASSIGNMENT_RULES, type AssignmentRules } from '../../shared/domain/assignment/assignment-rules';
import { complaintWeight, type RosterMember } from '../../shared/domain/assignment/availability';
import type { ActorRef } from '../../shared/domain/actor';
import { firstRowOf, rowsOf, type Queryable } from '../db/queryable';

/** The rules as stored; a document this server cannot read (never written by it) routes nothing. */
export async function readAssignmentRules(db: Queryable): Promise<AssignmentRules> {
  const row = await firstRowOf<{ assignment: unknown }>(db, 'SELECT assignment FROM org_settings WHERE id = 1');
  const parsed = AssignmentRulesSchema.safeParse(row?.assignment);
  return parsed.success ? parsed.data : NO_ASSIGNMENT_RULES;
}

/**
 * The round-robin turns of these teams, locked until the transaction ends (in one order, so two pushes never
 * wait on each other crosswise): a push routing into a team reads its members' loads only after the push
 * before it committed, so two desks' complaints never both go to the one who looked least loaded.
 */
export async function lockTurns(db: Queryable, teamIds: readonly string[]): Promise<Map<string, string | null>> {
  const sorted = [...new Set(teamIds)].sort();
  if (sorted.length === 0) return new Map();
  await db.query('INSERT INTO assignment_turns (team_id) SELECT t.id FROM teams t WHERE t.id = ANY($1::uuid[]) ON CONFLICT DO NOTHING', [sorted]);
  const rows = await rowsOf<{ team_id: string; last_picked: string | null }>(
    db,
    'SELECT team_id, last_picked FROM assignment_turns WHERE team_id = ANY($1::uuid[]) ORDER BY team_id FOR UPDATE',
    [sorted],
  );
  return new Map(rows.map((r) => [r.team_id, r.last_picked]));
}

export async function saveTurns(db: Queryable, turns: ReadonlyMap<string, string | null>): Promise<void> {
  if (turns.size === 0) return;
  await db.query('UPDATE assignment_turns t SET last_picked = s.last FROM unnest($1::uuid[], $2::text[]) AS s(team, last) WHERE t.team_id = s.team', [
    [...turns.keys()],
    [...turns.values()],
  ]);
}

interface MemberRow {
  team_id: string;
  employee_no: string;
  name: string;
  state: RosterMember['state'];
  cap: number | null;
  skills: string[];
  open_count: number;
  open_load: number;
}

/** The members of these teams (active, the lead aside) with their availability and open complaints now, and each team's lead. */
export async function readRosters(db: Queryable, teamIds: readonly string[]): Promise<Map<string, { lead: ActorRef | null; members: RosterMember[] }>> {
  const rosters = new Map<string, { lead: ActorRef | null; members: RosterMember[] }>();
  if (teamIds.length === 0) return rosters;
  const [complex, especially] = [complaintWeight('complex'), complaintWeight('especiallyComplex')];
  const members = await rowsOf<MemberRow>(
    db,
    `SELECT u.team_id, u.employee_no, u.name, coalesce(a.state, 'onShift') AS state, a.cap, coalesce(a.skills, '[]'::jsonb) AS skills,
       coalesce(o.open_count, 0)::int AS open_count, coalesce(o.open_load, 0)::int AS open_load
     FROM users u JOIN teams t ON t.id = u.team_id
     LEFT JOIN person_availability a ON a.user_id = u.id
     LEFT JOIN LATERAL (
       SELECT count(*) AS open_count,
         sum(CASE c.document->>'complexity' WHEN 'complex' THEN $2::int WHEN 'especiallyComplex' THEN $3::int ELSE 1 END) AS open_load
       FROM sync_complaints c WHERE c.assignee_no = u.employee_no AND NOT c.deleted AND c.document->>'status' = 'open'
     ) o ON true
     WHERE u.team_id = ANY($1::uuid[]) AND u.active AND u.id IS DISTINCT FROM t.lead_id`,
    [teamIds, complex, especially],
  );
  const leads = await rowsOf<{ id: string; employee_no: string; name: string }>(
    db,
    'SELECT t.id, u.employee_no, u.name FROM teams t JOIN users u ON u.id = t.lead_id AND u.active WHERE t.id = ANY($1::uuid[])',
    [teamIds],
  );
  for (const teamId of teamIds) rosters.set(teamId, { lead: null, members: [] });
  for (const l of leads) rosters.get(l.id)!.lead = { id: l.employee_no, name: l.name };
  for (const m of members) {
    rosters.get(m.team_id)!.members.push({
      employeeNo: m.employee_no,
      name: m.name,
      state: m.state,
      cap: m.cap,
      skills: m.skills,
      openCount: m.open_count,
      openLoad: m.open_load,
    });
  }
  return rosters;
}
