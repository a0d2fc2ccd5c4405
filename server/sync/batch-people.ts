import type { AssigneeCandidate } from '../../shared/domain/workflow/assignee-rule';
import { firstRowOf, type Queryable } from '../db/queryable';

/** A person of the organisation as a push batch needs them: for an assignment, and for where their complaints sit. */
export interface OrgPerson extends AssigneeCandidate {
  branchId: string | null;
}

/** The people a push batch names, read once each from the organisation's tables (case-insensitive 工号). */
export class BatchPeople {
  private readonly found = new Map<string, Promise<OrgPerson | null>>();

  constructor(private readonly tx: Queryable) {}

  get(employeeNo: string): Promise<OrgPerson | null> {
    const key = employeeNo.toLowerCase();
    let person = this.found.get(key);
    if (!person) this.found.set(key, (person = this.read(key)));
    return person;
  }

  private async read(employeeNo: string): Promise<OrgPerson | null> {
    const row = await firstRowOf<{ employee_no: string; name: string; active: boolean; team_id: string | null; branch_id: string | null }>(
      this.tx,
      'SELECT u.employee_no, u.name, u.active, u.team_id, t.branch_id FROM users u LEFT JOIN teams t ON t.id = u.team_id WHERE lower(u.employee_no) = $1',
      [employeeNo],
    );
    return row ? { employeeNo: row.employee_no, name: row.name, active: row.active, teamId: row.team_id, branchId: row.branch_id } : null;
  }
}
