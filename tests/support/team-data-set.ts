import type { Agent } from '../../shared/api/session';
import type { Complaint } from '../../shared/domain/complaint';
import type { IntakeInput } from '../../shared/domain/intake';
import { STAGES } from '../../shared/domain/stages';
import { AGENT } from './desk';
import { OTHER_AGENT, validStageData } from './workflow';
import { complaintAtStage, signInAs, valueOf, type TestDesk } from './workflow-desk';

/** The test clock of the data set: 25 Nov 2026, 10:00 Beijing time. */
export const DATA_SET_NOW = new Date('2026-11-25T02:00:00.000Z');
const at = (day: string) => `${day}T10:00:00+08:00`;

async function closeAt(desk: TestDesk, complaint: Complaint, closedAt: string, satisfaction: number): Promise<Complaint> {
  const data = { ...validStageData(), feedback: { ...validStageData().feedback, satisfaction } };
  let current = complaint;
  desk.setNow(new Date(closedAt));
  for (const stage of STAGES.slice(STAGES.indexOf(current.stage))) {
    const input = { id: current.id, baseVersion: current.version, stage, data: data[stage] };
    current = valueOf<{ complaint: Complaint }>(await desk.dispatch('complaints.advance', input)).complaint;
  }
  desk.setNow(DATA_SET_NOW);
  return current;
}

/** The branches the data set's complaints were taken in, as the server names them in the takers' profiles. */
export const EAST_BRANCH = { id: 'a7d1c0de-0000-4000-8000-000000000001', name: '华东分公司' };
export const SOUTH_BRANCH = { id: 'a7d1c0de-0000-4000-8000-000000000002', name: '华南分公司' };

/**
 * A known team, received 1–25 Nov 2026 (plus one on 31 Oct, outside the month):
 * A closed after 9 days (satisfaction 4), B referred by the regulator and closed after 20 days, past
 * its 15 (satisfaction 2), C withdrawn, D open and overdue, E another agent's and on track, F due soon.
 * Branches: the October one and A–D in 华东分公司, E in 华南分公司, F's unknown (taken before the desk knew its taker's branch).
 */
export async function seedTeamDataSet(desk: TestDesk) {
  desk.setNow(DATA_SET_NOW);
  const inBranch = (agent: Agent, branch: { id: string; name: string }): Agent => ({ ...agent, branchId: branch.id, branchName: branch.name });
  signInAs(desk, inBranch(AGENT, EAST_BRANCH));
  const intake = (day: string, extra: Partial<IntakeInput>) => ({ callTime: at(day), ...extra });
  const outside = await complaintAtStage(desk, 'intake', intake('2026-10-31', {}));
  const a = await closeAt(desk, await complaintAtStage(desk, 'intake', intake('2026-11-01', {})), '2026-11-10T02:00:00.000Z', 4);
  const b = await closeAt(
    desk,
    await complaintAtStage(desk, 'intake', intake('2026-11-02', { channel: 'regulator', complaintType: 'service_quality', complaintSubtype: 'slow_handling' })),
    '2026-11-22T02:00:00.000Z',
    2,
  );
  const cOpen = await complaintAtStage(desk, 'intake', intake('2026-11-03', { channel: 'email', customerName: '=HYPERLINK("http://x")' }));
  const c = valueOf<{ complaint: Complaint }>(
    await desk.dispatch('complaints.withdraw', { id: cOpen.id, baseVersion: cOpen.version, receivedAt: '2026-11-04T10:00:00+08:00', reason: '客户撤诉' }),
  ).complaint;
  const d = await complaintAtStage(desk, 'analysis', intake('2026-11-05', { channel: 'online', complaintType: 'contract_clause', complaintSubtype: 'clause_misunderstood' }));
  signInAs(desk, AGENT);
  const f = await complaintAtStage(desk, 'intake', intake('2026-11-12', { complaintType: 'contract_clause', complaintSubtype: 'claim_conditions_unmet' }));
  signInAs(desk, inBranch(OTHER_AGENT, SOUTH_BRANCH));
  const e = await complaintAtStage(desk, 'intake', intake('2026-11-24', { complaintType: 'fraud', complaintSubtype: 'false_declaration' }));
  signInAs(desk, AGENT);
  return { outside, a, b, c, d, e, f };
}
