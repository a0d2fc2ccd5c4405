import fc from 'fast-check';
import type { Placement, Viewer } from '../../../shared/domain/visibility/visibility-rule';

/** A small world, so generated viewers and complaints meet: three teams in two branches, as PostgreSQL writes ids. */
export const BRANCHES = ['b0000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000002'] as const;
export const TEAMS = [
  { id: 'a0000000-0000-4000-8000-000000000001', branchId: BRANCHES[0] },
  { id: 'a0000000-0000-4000-8000-000000000002', branchId: BRANCHES[0] },
  { id: 'a0000000-0000-4000-8000-000000000003', branchId: BRANCHES[1] },
] as const;

export const branchOfTeam = (teamId: string | null): string | null => TEAMS.find((t) => t.id === teamId)?.branchId ?? null;

const BASE_NOS = ['A1001', 'B2002', 'L2001', 'a1003', 'M9001'];

/** A 工号 of the pool in any mix of case (a1001, A1001, …), or now and then one of its own. */
export const employeeNo = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...BASE_NOS).chain((no) => fc.array(fc.boolean(), { minLength: no.length, maxLength: no.length }).map((upper) => [...no].map((c, i) => (upper[i] ? c.toUpperCase() : c.toLowerCase())).join(''))) },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z0-9]{3,6}$/) },
);

const teamId = fc.option(fc.constantFrom(...TEAMS.map((t) => t.id)), { freq: 4 });
const branchId = fc.option(fc.constantFrom(...BRANCHES), { freq: 4 });

/** Any placement: the team and branch need not agree (the rule must not depend on it), and any part may be unknown. */
export const placement: fc.Arbitrary<Placement> = fc.record({
  ownerNo: fc.option(employeeNo, { freq: 8 }),
  assigneeNo: fc.option(employeeNo, { freq: 2 }),
  teamId,
  branchId,
});

export const viewer: fc.Arbitrary<Viewer> = fc.record({
  role: fc.constantFrom('agent' as const, 'lead' as const, 'admin' as const),
  employeeNo,
  teamId,
  branchId,
});
