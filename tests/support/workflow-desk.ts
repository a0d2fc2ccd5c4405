import type { ApiResult } from '../../shared/api/errors';
import type { Agent } from '../../shared/api/session';
import type { Complaint } from '../../shared/domain/complaint';
import type { IntakeInput } from '../../shared/domain/intake';
import { STAGES, type Stage } from '../../shared/domain/stages';
import { validIntake, type makeTestDesk } from './desk';
import { validStageData } from './workflow';

export type TestDesk = ReturnType<typeof makeTestDesk>;

/** The value of a call that must succeed; the error in the failure message otherwise. */
export function valueOf<T>(result: ApiResult<unknown>): T {
  if (!result.ok) throw new Error(`call failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

/** How many timeline events and outbox mutations the desk holds. */
export function rowCounts(desk: TestDesk): { events: number; outbox: number } {
  const count = (table: string) => (desk.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { events: count('complaint_events'), outbox: count('outbox') };
}

/** Sign another person in at the desk (what session.signIn stores). */
export function signInAs(desk: TestDesk, agent: Agent): void {
  desk.ctx.settings.set('signedInAgent', agent);
}

/** A complaint created through the desk and advanced, with valid data, to the given stage. */
export async function complaintAtStage(desk: TestDesk, stage: Stage, intake: Partial<IntakeInput> = {}): Promise<Complaint> {
  let complaint = valueOf<Complaint>(await desk.dispatch('complaints.create', validIntake(intake)));
  const data = validStageData();
  for (const from of STAGES.slice(0, STAGES.indexOf(stage))) {
    const input = { id: complaint.id, baseVersion: complaint.version, stage: from, data: data[from] };
    complaint = valueOf<{ complaint: Complaint }>(await desk.dispatch('complaints.advance', input)).complaint;
  }
  return complaint;
}
