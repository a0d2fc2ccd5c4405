import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ComplaintScoreView } from '../../../shared/api/assist';
import type { Complaint } from '../../../shared/domain/complaint';
import { makeTestDesk } from '../../support/desk';
import { validStageData, OTHER_AGENT } from '../../support/workflow';
import { complaintAtStage, signInAs, valueOf, type TestDesk } from '../../support/workflow-desk';

describe('a closed complaint scored against the scorecard', () => {
  let desk: TestDesk;
  beforeEach(() => {
    desk = makeTestDesk({ now: new Date('2026-12-08T02:00:00.000Z') });
  });
  afterEach(() => desk.close());

  it('is not scored while open; once closed, the agent’s records are read — the customer’s own words are not', async () => {
    let complaint = await complaintAtStage(desk, 'closure', { description: '业务员说保证赔，结果不赔' });
    const open = valueOf<ComplaintScoreView>(await desk.dispatch('assist.scorecard', { id: complaint.id }));
    expect(open.scored).toBe(false);
    await desk.dispatch('complaints.addNote', { id: complaint.id, text: '来电时已核实身份，告知15日内答复' });
    const { version } = valueOf<{ complaint: Complaint }>(await desk.dispatch('complaints.get', { id: complaint.id })).complaint;
    complaint = valueOf<{ complaint: Complaint }>(
      await desk.dispatch('complaints.advance', { id: complaint.id, baseVersion: version, stage: 'closure', data: validStageData().closure }),
    ).complaint;
    expect(complaint.status).toBe('closed');
    const scored = valueOf<ComplaintScoreView>(await desk.dispatch('assist.scorecard', { id: complaint.id }));
    expect(scored.scored).toBe(true);
    const byId = Object.fromEntries(scored.results.map((r) => [r.id, r]));
    expect(byId.identity_verified).toMatchObject({ passed: true, found: '核实身份', zh: '已核实身份', en: 'Identity verified' });
    expect(byId.deadline_told).toMatchObject({ passed: true, found: '15日' });
    expect(byId.no_promises).toMatchObject({ passed: true, found: null });
    expect(scored.max).toBe(100);
  });

  it('answers "not found" for a complaint the person may not see', async () => {
    const complaint = await complaintAtStage(desk, 'intake');
    signInAs(desk, OTHER_AGENT);
    expect(await desk.dispatch('assist.scorecard', { id: complaint.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
