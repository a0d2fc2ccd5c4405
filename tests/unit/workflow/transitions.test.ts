import { describe, expect, it } from 'vitest';
import type { Complaint } from '../../../shared/domain/complaint';
import { isRefusal, type Refusal } from '../../../shared/domain/refusal';
import { STAGES, type Stage } from '../../../shared/domain/stages';
import { advance } from '../../../shared/domain/workflow/advance';
import { TRANSITIONS, transitionFrom } from '../../../shared/domain/workflow/transitions';
import { HANDLER, LEAD, ADMIN, NOW, OTHER_AGENT, complaintAt, newComplaint, validStageData } from '../../support/workflow';

function refusalOf(result: unknown): Refusal {
  if (!isRefusal(result)) throw new Error(`expected a refusal, got ${JSON.stringify(result).slice(0, 200)}`);
  return result;
}

const NEXT: Record<Stage, Stage | 'closed'> = {
  intake: 'registration',
  registration: 'analysis',
  analysis: 'solution',
  solution: 'execution',
  execution: 'feedback',
  feedback: 'closure',
  closure: 'closed',
};

describe('the transition table', () => {
  it('goes through the seven stages in order and ends by closing', () => {
    expect(TRANSITIONS.map((t) => [t.from, t.to])).toEqual(STAGES.map((s) => [s, NEXT[s]]));
  });

  it('names the data each transition requires', () => {
    expect(transitionFrom('intake').requires).toEqual([]);
    expect(transitionFrom('registration').requires).toEqual(['policy', 'demand', 'channel', 'handlerName', 'handlerEmployeeNo', 'reasonCode', 'lineCode']);
    expect(transitionFrom('analysis').requires).toEqual([
      'customerDemand',
      'demandStrength',
      'companyResponsibility',
      'externalFactors',
      'rootCause',
    ]);
    expect(transitionFrom('solution').requires).toEqual(['chosenOption', 'steps', 'feasibility', 'customerConfirmation']);
    expect(transitionFrom('execution').requires).toEqual(['measures', 'followUps', 'effectEvaluation']);
    expect(transitionFrom('feedback').requires).toEqual(['receiptConfirmed', 'resultTold', 'satisfaction', 'comments']);
    expect(transitionFrom('closure').requires).toEqual(['resolution', 'lessonsLearned', 'improvementMeasures']);
  });
});

describe('advance: every allowed transition', () => {
  const data = validStageData();
  for (const stage of STAGES.filter((s) => s !== 'closure')) {
    it(`completes ${stage} and moves to ${NEXT[stage]}, recording its data and one timeline event`, () => {
      const before = complaintAt(stage);
      const result = advance(before, { eventId: 'ev-1', stage, data: data[stage] }, HANDLER, NOW);
      if (isRefusal(result)) throw new Error(result.messageKey);
      expect(result.complaint.stage).toBe(NEXT[stage]);
      expect(result.complaint.status).toBe('open');
      expect(result.complaint.version).toBe(before.version + 1);
      expect(result.complaint.updatedAt).toBe(NOW.toISOString());
      if (stage !== 'intake') expect(result.complaint.stages[stage]).toBeDefined();
      expect(result.events).toHaveLength(1);
      const [event] = result.events;
      expect(event).toMatchObject({ id: 'ev-1', complaintId: before.id, kind: 'stage.advanced', at: NOW.toISOString() });
      expect(event?.actor).toEqual({ id: HANDLER.id, name: HANDLER.name });
      expect(event?.changes).toContainEqual({ field: 'stage', from: stage, to: NEXT[stage] });
    });
  }

  it('completes closure by closing the complaint, ending the procedure now', () => {
    const before = complaintAt('closure');
    const result = advance(before, { eventId: 'ev-9', stage: 'closure', data: data.closure }, HANDLER, NOW);
    if (isRefusal(result)) throw new Error(result.messageKey);
    expect(result.complaint).toMatchObject({ stage: 'closure', status: 'closed', endedAt: NOW.toISOString() });
    expect(result.complaint.stages.closure?.improvementMeasures).toEqual(['定损告知书增加折旧说明']);
    expect(result.events[0]?.kind).toBe('complaint.closed');
    expect(result.events[0]?.changes).toContainEqual({ field: 'status', from: 'open', to: 'closed' });
  });

  it('records only the completed stage’s data, from nothing to what was entered', () => {
    const before = complaintAt('analysis');
    const result = advance(before, { eventId: 'ev', stage: 'analysis', data: data.analysis }, HANDLER, NOW);
    if (isRefusal(result)) throw new Error(result.messageKey);
    expect(result.events[0]?.changes).toEqual([
      { field: 'stages.analysis', from: null, to: result.complaint.stages.analysis },
      { field: 'stage', from: 'analysis', to: 'solution' },
    ]);
    expect(result.complaint.stages.analysis?.rootCause).toBe(data.analysis.rootCause);
    expect(result.complaint.stages.registration).toEqual(before.stages.registration);
  });

  it('does not change the complaint it was given', () => {
    const before = complaintAt('registration');
    const copy = structuredClone(before);
    advance(before, { eventId: 'ev', stage: 'registration', data: data.registration }, HANDLER, NOW);
    expect(before).toEqual(copy);
  });
});

describe('advance: every refused transition', () => {
  const data = validStageData();
  for (const current of STAGES) {
    for (const requested of STAGES.filter((s) => s !== current)) {
      it(`refuses completing ${requested} while at ${current}`, () => {
        const refusal = refusalOf(
          advance(complaintAt(current), { eventId: 'ev', stage: requested, data: data[requested] }, HANDLER, NOW),
        );
        expect(refusal).toEqual({
          refused: true,
          code: 'not_from_stage',
          messageKey: 'refusal.transition.notFromStage',
          params: { current, requested },
        });
      });
    }
  }

  it('refuses a stage that does not exist', () => {
    const command = { eventId: 'ev', stage: 'approval' as Stage, data: {} };
    expect(refusalOf(advance(newComplaint(), command, HANDLER, NOW)).messageKey).toBe('refusal.transition.unknownStage');
  });

  const ended: [string, (c: Complaint) => Complaint, string][] = [
    ['closed', (c) => ({ ...c, status: 'closed' }), 'refusal.complaint.closed'],
    ['withdrawn', (c) => ({ ...c, status: 'withdrawn' }), 'refusal.complaint.withdrawn'],
  ];
  for (const [status, end, key] of ended) {
    it(`refuses any stage of a ${status} complaint`, () => {
      for (const stage of STAGES) {
        const complaint = end(complaintAt(stage));
        expect(refusalOf(advance(complaint, { eventId: 'ev', stage, data: data[stage] }, HANDLER, NOW)).messageKey).toBe(key);
      }
    });
  }

  it('refuses an agent working on a complaint assigned to someone else', () => {
    const refusal = refusalOf(advance(newComplaint(), { eventId: 'ev', stage: 'intake', data: {} }, OTHER_AGENT, NOW));
    expect(refusal.messageKey).toBe('refusal.complaint.notAssignee');
  });

  it('refuses an agent working on an unassigned complaint', () => {
    const complaint = { ...newComplaint(), assignee: null };
    expect(refusalOf(advance(complaint, { eventId: 'ev', stage: 'intake', data: {} }, HANDLER, NOW)).code).toBe('not_assignee');
  });

  it('lets a team lead or an admin advance anyone’s complaint', () => {
    for (const actor of [LEAD, ADMIN]) {
      expect(isRefusal(advance(newComplaint(), { eventId: 'ev', stage: 'intake', data: {} }, actor, NOW))).toBe(false);
    }
  });
});
