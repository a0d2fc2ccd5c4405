import { describe, expect, it } from 'vitest';
import { isRefusal } from '../../../shared/domain/refusal';
import type { Stage } from '../../../shared/domain/stages';
import { advance } from '../../../shared/domain/workflow/advance';
import { STAGE_DATA_SCHEMAS } from '../../../shared/domain/workflow/stage-data';
import { transitionFrom } from '../../../shared/domain/workflow/transitions';
import { HANDLER, NOW, complaintAt, validStageData } from '../../support/workflow';

type Data = Record<string, unknown>;

function completeWith(stage: Stage, data: unknown) {
  return advance(complaintAt(stage), { eventId: 'ev', stage, data }, HANDLER, NOW);
}

const STAGES_WITH_DATA = ['registration', 'analysis', 'solution', 'execution', 'feedback', 'closure'] as const;

describe('each missing required datum is refused with its own key', () => {
  for (const stage of STAGES_WITH_DATA) {
    for (const field of transitionFrom(stage).requires) {
      it(`${stage} without ${field}`, () => {
        const data = validStageData()[stage] as Data;
        const { [field]: _omitted, ...without } = data;
        const result = completeWith(stage, without);
        expect(result).toEqual({
          refused: true,
          code: 'stage_data_invalid',
          messageKey: `validation.${stage}.${field}.required`,
          params: { field },
        });
      });
    }
    it(`${stage} with no data at all`, () => {
      const result = completeWith(stage, undefined);
      expect(isRefusal(result) && result.messageKey).toBe('validation.invalid');
    });
  }
});

/** [stage, what is wrong, a change to valid data, the key expected] */
const INVALID: [Stage, string, (d: Data) => Data, string][] = [
  ['registration', 'a blank demand', (d) => ({ ...d, demand: '   ' }), 'validation.registration.demand.required'],
  ['registration', 'a malformed policy number', (d) => ({ ...d, policy: { ...(d.policy as Data), policyNumber: '12' } }), 'validation.registration.policyNumber.invalid'],
  ['registration', 'no product', (d) => ({ ...d, policy: { ...(d.policy as Data), productName: '' } }), 'validation.registration.productName.required'],
  ['registration', 'an unknown channel', (d) => ({ ...d, channel: 'fax' }), 'validation.registration.channel.required'],
  ['registration', 'a malformed 工号', (d) => ({ ...d, handlerEmployeeNo: '王' }), 'validation.registration.handlerEmployeeNo.invalid'],
  ['analysis', 'an unknown strength', (d) => ({ ...d, demandStrength: 'furious' }), 'validation.analysis.demandStrength.required'],
  ['analysis', 'responsibility without areas', (d) => ({ ...d, companyResponsibility: { level: 'full', areas: [], explanation: 'x' } }), 'validation.analysis.responsibilityAreas.required'],
  ['analysis', 'a blank external-factor analysis', (d) => ({ ...d, externalFactors: { kinds: [], explanation: '' } }), 'validation.analysis.externalFactors.required'],
  ['analysis', 'a blank root cause', (d) => ({ ...d, rootCause: ' ' }), 'validation.analysis.rootCause.required'],
  ['analysis', 'a root cause too long', (d) => ({ ...d, rootCause: '因'.repeat(2001) }), 'validation.analysis.rootCause.tooLong'],
  ['solution', 'no steps', (d) => ({ ...d, steps: [] }), 'validation.solution.steps.required'],
  ['solution', 'a step without a date', (d) => ({ ...d, steps: [{ description: '解释条款', dueDate: '' }] }), 'validation.solution.stepDueDate.invalid'],
  ['solution', 'a step with an impossible date', (d) => ({ ...d, steps: [{ description: '解释条款', dueDate: '2026-02-30' }] }), 'validation.solution.stepDueDate.invalid'],
  ['solution', 'the customer not confirming', (d) => ({ ...d, customerConfirmation: { confirmed: false, at: '2026-11-27T15:00:00+08:00', method: 'phone' } }), 'validation.solution.customerConfirmation.required'],
  ['solution', 'a blank feasibility assessment', (d) => ({ ...d, feasibility: { assessment: '' } }), 'validation.solution.feasibility.required'],
  ['execution', 'a measure without a department', (d) => ({ ...d, measures: [{ description: '补付', department: '' }] }), 'validation.execution.department.required'],
  ['execution', 'no follow-ups', (d) => ({ ...d, followUps: [] }), 'validation.execution.followUps.required'],
  ['execution', 'an effect evaluation saying not solved', (d) => ({ ...d, effectEvaluation: { problemSolved: false, evaluation: '未到账' } }), 'validation.execution.problemSolved.required'],
  ['feedback', 'receipt not confirmed', (d) => ({ ...d, receiptConfirmed: false }), 'validation.feedback.receiptConfirmed.required'],
  ['feedback', 'satisfaction 0', (d) => ({ ...d, satisfaction: 0 }), 'validation.feedback.satisfaction.range'],
  ['feedback', 'satisfaction 6', (d) => ({ ...d, satisfaction: 6 }), 'validation.feedback.satisfaction.range'],
  ['feedback', 'satisfaction 3.5', (d) => ({ ...d, satisfaction: 3.5 }), 'validation.feedback.satisfaction.range'],
  ['feedback', 'blank comments', (d) => ({ ...d, comments: '' }), 'validation.feedback.comments.required'],
  ['feedback', 'no time the result was told', (d) => ({ ...d, resultTold: { ...(d.resultTold as Data), at: 'yesterday' } }), 'validation.feedback.resultToldAt.invalid'],
  ['closure', 'no improvement measures', (d) => ({ ...d, improvementMeasures: [] }), 'validation.closure.improvementMeasures.required'],
  ['closure', 'a blank improvement measure', (d) => ({ ...d, improvementMeasures: ['  '] }), 'validation.closure.improvementMeasure.required'],
  ['closure', 'blank lessons learned', (d) => ({ ...d, lessonsLearned: '' }), 'validation.closure.lessonsLearned.required'],
];

describe('invalid stage data is refused with a specific key', () => {
  for (const [stage, what, spoil, key] of INVALID) {
    it(`${stage}: ${what}`, () => {
      const result = completeWith(stage, spoil(validStageData()[stage] as Data));
      expect(isRefusal(result) && result.messageKey).toBe(key);
    });
  }
});

describe('boundaries that pass', () => {
  it('accepts satisfaction 1 and 5', () => {
    for (const satisfaction of [1, 5]) {
      expect(isRefusal(completeWith('feedback', { ...validStageData().feedback, satisfaction }))).toBe(false);
    }
  });

  it('accepts no responsibility without areas, and no external factor kinds', () => {
    const analysis = {
      ...validStageData().analysis,
      companyResponsibility: { level: 'none', explanation: '理赔按条款执行' },
      externalFactors: { explanation: '无' },
    };
    expect(isRefusal(completeWith('analysis', analysis))).toBe(false);
  });

  it('trims text and fills optional fields with their defaults', () => {
    const parsed = STAGE_DATA_SCHEMAS.execution.parse({
      ...validStageData().execution,
      measures: [{ description: '  补付  ', department: '理赔部' }],
    });
    expect(parsed.measures[0]).toEqual({ description: '补付', department: '理赔部', person: '' });
  });
});
