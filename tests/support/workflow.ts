import { createComplaint } from '../../shared/domain/commands/create-complaint';
import type { Actor } from '../../shared/domain/actor';
import type { Complaint } from '../../shared/domain/complaint';
import { Intake } from '../../shared/domain/intake';
import { isRefusal } from '../../shared/domain/refusal';
import { STAGES, type Stage } from '../../shared/domain/stages';
import { advance } from '../../shared/domain/workflow/advance';
import type { StageDataInput } from '../../shared/domain/workflow/stage-data';
import { validIntake } from './desk';

export const HANDLER: Actor = { id: 'A1001', name: '王芳', role: 'agent' };
export const OTHER_AGENT: Actor = { id: 'A2002', name: '李娜', role: 'agent' };
export const LEAD: Actor = { id: 'L3003', name: '赵强', role: 'lead' };
export const ADMIN: Actor = { id: 'M4004', name: '陈静', role: 'admin' };

/** The call came in at 10:00 Beijing time on 25 November 2026. */
export const RECEIVED_AT = '2026-11-25T10:00:00+08:00';
export const NOW = new Date('2026-11-26T02:00:00.000Z');

/** Complete, valid data for completing each stage, as a form would send it. */
export function validStageData(): { [S in Stage]: StageDataInput<S> } {
  return {
    intake: {},
    registration: {
      policy: { policyNumber: 'P2026-000123', productName: '安心驾车险', policyHolder: '张伟' },
      demand: '按定损金额全额赔付',
      channel: 'phone',
      handlerName: '王芳',
      handlerEmployeeNo: 'A1001',
      reasonCode: 'claims.amount',
      lineCode: 'motor',
    },
    analysis: {
      customerDemand: '赔付金额比定损单少三千元',
      demandStrength: 'strong',
      companyResponsibility: { level: 'partial', areas: ['serviceQuality'], explanation: '理赔员未解释折旧扣除' },
      externalFactors: { kinds: ['regulation'], explanation: '折旧标准按监管规定执行' },
      rootCause: '理赔沟通不充分，客户不了解折旧条款',
    },
    solution: {
      chosenOption: '重新解释条款并补偿部分差额',
      steps: [
        { description: '理赔主管电话解释折旧条款', dueDate: '2026-11-28' },
        { description: '补付一千元', dueDate: '2026-12-02' },
      ],
      feasibility: { assessment: '补付金额在权限内', risks: '客户可能仍坚持全额' },
      customerConfirmation: { confirmed: true, at: '2026-11-27T15:00:00+08:00', method: 'phone' },
    },
    execution: {
      measures: [{ description: '补付一千元', department: '理赔部', person: '孙磊' }],
      followUps: [{ at: '2026-12-01T09:00:00+08:00', note: '财务已审批' }],
      effectEvaluation: { problemSolved: true, evaluation: '款项已到账，客户知悉' },
    },
    feedback: {
      receiptConfirmed: true,
      resultTold: { at: '2026-12-03T10:00:00+08:00', method: 'phone', content: '已补付一千元并解释条款' },
      satisfaction: 4,
      comments: '基本满意',
    },
    closure: {
      resolution: '解释条款并补付一千元，客户接受',
      lessonsLearned: '定损时应当面说明折旧',
      improvementMeasures: ['定损告知书增加折旧说明'],
    },
  };
}

export function newComplaint(actor: Actor = HANDLER, receivedAt = RECEIVED_AT): Complaint {
  const intake = Intake.parse(validIntake({ callTime: receivedAt }));
  return createComplaint({ id: 'c-1', number: 'TS-20261125-C1', eventId: 'e-0', intake }, actor, new Date(receivedAt)).complaint;
}

/** A complaint walked, with valid data, to the given stage. */
export function complaintAt(stage: Stage, actor: Actor = HANDLER): Complaint {
  let complaint = newComplaint(actor);
  const data = validStageData();
  for (const from of STAGES.slice(0, STAGES.indexOf(stage))) {
    const result = advance(complaint, { eventId: `e-${from}`, stage: from, data: data[from] }, actor, NOW);
    if (isRefusal(result)) throw new Error(`fixture could not complete ${from}: ${result.messageKey}`);
    complaint = result.complaint;
  }
  return complaint;
}
