import { describe, expect, it } from 'vitest';
import type { Complaint } from '../../../shared/domain/complaint';
import { isRefusal } from '../../../shared/domain/refusal';
import { STAGES } from '../../../shared/domain/stages';
import { advance } from '../../../shared/domain/workflow/advance';
import { refuseSolution } from '../../../shared/domain/workflow/refuse-solution';
import { HANDLER, NOW, OTHER_AGENT, complaintAt, validStageData } from '../../support/workflow';

function ok<T>(result: T): Exclude<T, { refused: true }> {
  if (isRefusal(result)) throw new Error(`refused: ${result.messageKey}`);
  return result as Exclude<T, { refused: true }>;
}

describe('the customer refuses the solution at feedback', () => {
  it('goes back to solution, keeping the reason and the refused solution and execution', () => {
    const atFeedback = complaintAt('feedback');
    const { complaint, events } = ok(refuseSolution(atFeedback, { eventId: 'ev-r', reason: '补偿太少' }, HANDLER, NOW));
    expect(complaint.stage).toBe('solution');
    expect(complaint.status).toBe('open');
    expect(complaint.version).toBe(atFeedback.version + 1);
    expect(complaint.stages.solution).toBeUndefined();
    expect(complaint.stages.execution).toBeUndefined();
    expect(complaint.stages.analysis).toEqual(atFeedback.stages.analysis);
    expect(complaint.solutionRefusals).toEqual([
      {
        at: NOW.toISOString(),
        by: { id: HANDLER.id, name: HANDLER.name },
        reason: '补偿太少',
        solution: atFeedback.stages.solution,
        execution: atFeedback.stages.execution,
      },
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ id: 'ev-r', kind: 'solution.refused', data: { reason: '补偿太少', round: 1 } });
    expect(events[0]?.changes).toContainEqual({ field: 'stage', from: 'feedback', to: 'solution' });
    expect(events[0]?.changes).toContainEqual({ field: 'stages.solution', from: atFeedback.stages.solution, to: null });
    expect(events[0]?.changes).toContainEqual({ field: 'stages.execution', from: atFeedback.stages.execution, to: null });
  });

  it('loops as often as the customer refuses, then closes normally, keeping every refusal', () => {
    const data = validStageData();
    let complaint: Complaint = complaintAt('feedback');
    for (const reason of ['补偿太少', '仍不满意']) {
      complaint = ok(refuseSolution(complaint, { eventId: `ev-${reason}`, reason }, HANDLER, NOW)).complaint;
      for (const stage of ['solution', 'execution'] as const) {
        complaint = ok(advance(complaint, { eventId: `ev-${stage}`, stage, data: data[stage] }, HANDLER, NOW)).complaint;
      }
      expect(complaint.stage).toBe('feedback');
    }
    for (const stage of ['feedback', 'closure'] as const) {
      complaint = ok(advance(complaint, { eventId: `ev-${stage}`, stage, data: data[stage] }, HANDLER, NOW)).complaint;
    }
    expect(complaint.status).toBe('closed');
    expect(complaint.solutionRefusals.map((r) => r.reason)).toEqual(['补偿太少', '仍不满意']);
  });

  it('is refused at every stage but feedback, naming the current stage', () => {
    for (const stage of STAGES.filter((s) => s !== 'feedback')) {
      expect(refuseSolution(complaintAt(stage), { eventId: 'ev', reason: '不接受' }, HANDLER, NOW)).toEqual({
        refused: true,
        code: 'not_at_feedback',
        messageKey: 'refusal.solutionRefusal.notAtFeedback',
        params: { current: stage },
      });
    }
  });

  it('needs a reason', () => {
    const result = refuseSolution(complaintAt('feedback'), { eventId: 'ev', reason: '  ' }, HANDLER, NOW);
    expect(isRefusal(result) && result.messageKey).toBe('validation.solutionRefusal.reason.required');
  });

  it('is refused on a closed complaint and for an agent who is not the handler', () => {
    const closed = { ...complaintAt('feedback'), status: 'closed' as const };
    expect(isRefusal(refuseSolution(closed, { eventId: 'ev', reason: 'x' }, HANDLER, NOW))).toBe(true);
    const result = refuseSolution(complaintAt('feedback'), { eventId: 'ev', reason: 'x' }, OTHER_AGENT, NOW);
    expect(isRefusal(result) && result.messageKey).toBe('refusal.complaint.notAssignee');
  });
});
