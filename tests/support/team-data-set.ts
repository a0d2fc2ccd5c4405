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

/**
 * A known team, received 1–25 Nov 2026 (plus one on 31 Oct, outside the month):
 * A closed after 9 days (satisfaction 4), B referred by the regulator and closed after 20 days, past
 * its 15 (satisfaction 2), C withdrawn, D open and overdue, E another agent's and on track, F due soon.
 */
export async function seedTeamDataSet(desk: TestDesk) {
  desk.setNow(DATA_SET_NOW);
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
  const f = await complaintAtStage(desk, 'intake', intake('2026-11-12', { complaintType: 'contract_clause', complaintSubtype: 'claim_conditions_unmet' }));
  signInAs(desk, OTHER_AGENT);
  const e = await complaintAtStage(desk, 'intake', intake('2026-11-24', { complaintType: 'fraud', complaintSubtype: 'false_declaration' }));
  signInAs(desk, AGENT);
  return { outside, a, b, c, d, e, f };
}
