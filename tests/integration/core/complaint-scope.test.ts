import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleCallEvent } from '../../../core/cti/handle-call-event';
import type { EventName } from '../../../shared/api/events';
import type { Complaint } from '../../../shared/domain/complaint';
import { makeTestDesk } from '../../support/desk';
import { validStageData } from '../../support/workflow';
import { ADMIN, LEAD, OTHER_AGENT } from '../../support/workflow';
import { complaintAtStage, rowCounts, signInAs, valueOf, type TestDesk } from '../../support/workflow-desk';

const NOT_FOUND = { ok: false, error: { code: 'not_found', messageKey: 'errors.complaintNotFound' } };

describe('an agent reads and changes only the complaints they took or handle', () => {
  let desk: TestDesk;
  let complaint: Complaint;
  beforeEach(async () => {
    desk = makeTestDesk({ now: new Date('2026-11-26T02:00:00.000Z') });
    complaint = await complaintAtStage(desk, 'intake'); // taken by A1001
    signInAs(desk, OTHER_AGENT);
  });
  afterEach(() => desk.close());

  const target = () => ({ id: complaint.id, baseVersion: complaint.version });

  it('answers "not found" to every read and write of someone else’s complaint, and writes nothing', async () => {
    const before = rowCounts(desk);
    const attempts: [string, object][] = [
      ['complaints.get', { id: complaint.id }],
      ['complaints.deadline', { id: complaint.id }],
      ['complaints.addNote', { id: complaint.id, text: '看看' }],
      ['complaints.advance', { ...target(), stage: 'intake', data: validStageData().intake }],
      ['complaints.assign', { ...target(), assignee: { id: OTHER_AGENT.id, name: OTHER_AGENT.name } }],
      ['complaints.setComplexity', { ...target(), complexity: 'complex' }],
      ['complaints.withdraw', { ...target(), receivedAt: '2026-11-26T09:00:00+08:00', reason: '客户撤诉' }],
      ['complaints.refuseSolution', { ...target(), reason: '不接受' }],
    ];
    for (const [call, input] of attempts) expect([call, await desk.dispatch(call, input)]).toEqual([call, NOT_FOUND]);
    expect(await desk.dispatch('complaints.get', { id: 'no-such-id' })).toEqual(NOT_FOUND);
    expect(rowCounts(desk)).toEqual(before);
  });

  it('leaves someone else’s complaints out of the caller history and the duplicate offer', async () => {
    const { contactPhone, policyNumber } = complaint.intake;
    expect(valueOf(await desk.dispatch('calls.callerHistory', { number: contactPhone }))).toEqual([]);
    expect(valueOf(await desk.dispatch('complaints.findOpenDuplicates', { contactPhone, policyNumber }))).toEqual([]);
    signInAs(desk, LEAD);
    expect(valueOf<unknown[]>(await desk.dispatch('calls.callerHistory', { number: contactPhone }))).toHaveLength(1);
    expect(valueOf<unknown[]>(await desk.dispatch('complaints.findOpenDuplicates', { contactPhone, policyNumber }))).toHaveLength(1);
  });

  it('does not link a call to someone else’s complaint, nor pop their history with it', async () => {
    const popped: unknown[] = [];
    desk.ctx.events.subscribe((name: EventName, payload) => void (name === 'call.incoming' && popped.push(payload)));
    handleCallEvent(desk.ctx, { kind: 'incoming', callId: 'c-9', direction: 'in', from: complaint.intake.contactPhone, to: '95500', users: [], queue: null, source: 'http' });
    expect(popped).toMatchObject([{ history: [] }]);
    expect(await desk.dispatch('calls.linkComplaint', { callId: 'c-9', complaintId: complaint.id })).toEqual(NOT_FOUND);
  });

  it('lets the agent it was handed to, a lead and an admin see and work it', async () => {
    signInAs(desk, LEAD);
    const assigned = valueOf<{ complaint: Complaint }>(
      await desk.dispatch('complaints.assign', { ...target(), assignee: { id: OTHER_AGENT.id, name: OTHER_AGENT.name } }),
    ).complaint;
    for (const actor of [OTHER_AGENT, ADMIN]) {
      signInAs(desk, actor);
      expect(valueOf<{ complaint: Complaint }>(await desk.dispatch('complaints.get', { id: complaint.id })).complaint.version).toBe(assigned.version);
    }
  });
});
