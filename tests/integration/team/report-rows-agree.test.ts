import { afterEach, describe, expect, it } from 'vitest';
import type { Complaint } from '../../../shared/domain/complaint';
import { STAGES } from '../../../shared/domain/stages';
import { byReceipt, reportRowOf } from '../../../shared/domain/reports/report-row-of';
import { readDeadlineSettings } from '../../../core/use-cases/workflow/deadline-settings';
import { findComplaint } from '../../../db/repositories/complaints';
import { readReportRows } from '../../../db/repositories/report-rows-repository';
import { AGENT, makeTestDesk } from '../../support/desk';
import { complaintAtStage, signInAs, valueOf, type TestDesk } from '../../support/workflow-desk';
import { LEAD, validStageData } from '../../support/workflow';

describe('report rows: the desk\'s query and the server\'s reading of the record agree', () => {
  let desk: TestDesk;
  afterEach(() => desk.close());

  it('gives the same row for complaints at every stage, of every complexity, closed, withdrawn and reassigned', async () => {
    desk = makeTestDesk({ now: new Date('2026-11-26T02:00:00.000Z') });
    // Taken by someone whose branch the desk knows from the server's profile; the closed one by someone whose it does not.
    const EAST = { id: '5b0e3a52-8f1c-4d1e-9a53-2f0f5e2f7c11', name: '华东分公司' };
    signInAs(desk, { ...AGENT, branchId: EAST.id, branchName: EAST.name });
    const made: Complaint[] = [];
    for (const [i, stage] of STAGES.entries()) made.push(await complaintAtStage(desk, stage, { callTime: `2026-11-${String(10 + i).padStart(2, '0')}T0${i}:30:00+08:00` }));
    signInAs(desk, AGENT);
    const closed = await complaintAtStage(desk, 'closure');
    const closedNow = valueOf<{ complaint: Complaint }>(
      await desk.dispatch('complaints.advance', { id: closed.id, baseVersion: closed.version, stage: 'closure', data: validStageData().closure }),
    ).complaint;
    const complex = made[2]!;
    await desk.dispatch('complaints.setComplexity', { id: complex.id, baseVersion: complex.version, complexity: 'complex' });
    signInAs(desk, { ...LEAD });
    const withdrawn = made[3]!;
    await desk.dispatch('complaints.withdraw', { id: withdrawn.id, baseVersion: withdrawn.version, receivedAt: '2026-11-20T09:00:00+08:00', reason: '已和解' });
    const moved = made[4]!;
    await desk.dispatch('complaints.assign', { id: moved.id, baseVersion: moved.version, assignee: { id: 'B2002', name: '赵敏' } });

    const fromQuery = readReportRows(desk.db, '2026-11-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z');
    const ids = [...made.map((c) => c.id), closedNow.id];
    const branchOf = (id: string) => (id === closedNow.id ? null : EAST.name);
    const fromRecords = ids.map((id) => reportRowOf(findComplaint(desk.db, id)!, readDeadlineSettings(desk.ctx), branchOf(id))).sort(byReceipt);
    expect(fromQuery).toHaveLength(ids.length);
    expect(fromRecords).toEqual(fromQuery);
    expect(fromQuery.filter((r) => r.branch === EAST.name)).toHaveLength(STAGES.length);
  });
});
