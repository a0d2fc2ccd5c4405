import type { Actor } from '../../shared/domain/actor';
import type { CallSnapshot } from '../../shared/domain/cti/call-snapshot';

/**
 * The fixed values of docs/sync-protocol.md's examples: one complaint taken by 王芳 (A1001, an agent of
 * the demo organisation's 理赔投诉一组) on a call, worked through its stages, then handled by her lead
 * 李强 (L2001). Every id is a UUID the desk made; every time is the desk's clock.
 */
export const AGENT: Actor = { id: 'A1001', name: '王芳', role: 'agent' };
export const LEAD: Actor = { id: 'L2001', name: '李强', role: 'lead' };
/** A colleague in the agent's team, to hand the complaint to. */
export const COLLEAGUE = { id: 'A1003', name: '孙丽' };

export const CLIENT_ID = '0b6f3c1e-5d2a-4f8e-9c47-2e1a8d5b7f30';
export const COMPLAINT_ID = '5f3a9c2e-7b14-4d6a-9e08-c1b2a3d4e5f6';
export const PASSWORD = 'Demo@2026';

/** The customer called at 10:00 Beijing time; the desk's clock reads UTC. */
export const CALL_TIME = '2026-12-06T10:00:00+08:00';
/** The desk's clock when it sends the first push (also the server's, in the examples: no correction). */
export const DESK_CLOCK = '2026-12-06T02:20:00.000Z';

/** The n-th minute after the call, as the desk's clock wrote it (UTC). */
export const minute = (n: number) => new Date(Date.parse('2026-12-06T02:00:00.000Z') + n * 60_000).toISOString();

/** An op id: a UUID per mutation (numbered here so the examples stay the same from one run to the next). */
export const opId = (n: number) => `0${String(n).padStart(7, '0')}-0000-4000-8000-00000000000a`;

export const CALL: CallSnapshot = {
  id: 'pbx-20261206-0042',
  number: '13800138000',
  direction: 'in',
  agent: 'A1001',
  queue: '95500-claims',
  source: 'http',
  startedAt: '2026-12-06T01:59:40.000Z',
  answeredAt: '2026-12-06T01:59:52.000Z',
  endedAt: null,
  durationSeconds: null,
  cause: null,
  recordingRef: null,
};

export const INTAKE = {
  callTime: CALL_TIME,
  customerName: '张伟',
  contactPhone: '138 0013 8000',
  policyNumber: 'P2026-000123',
  complaintType: 'claims_dispute',
  complaintSubtype: 'claim_amount',
  description: '车险理赔金额比定损少了三千元，客户认为不合理。',
  demand: '按定损金额全额赔付',
  channel: 'phone',
  initialJudgement: '需核对定损单',
};

/** Complete data for completing each stage up to feedback, as the desk's forms send it. */
export const STAGE_DATA = {
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
    steps: [{ description: '理赔主管电话解释折旧条款', dueDate: '2026-12-08' }],
    feasibility: { assessment: '补付金额在权限内', risks: '客户可能仍坚持全额' },
    customerConfirmation: { confirmed: true, at: '2026-12-06T10:30:00+08:00', method: 'phone' },
  },
  execution: {
    measures: [{ description: '补付一千元', department: '理赔部', person: '孙磊' }],
    followUps: [{ at: '2026-12-06T10:35:00+08:00', note: '财务已审批' }],
    effectEvaluation: { problemSolved: true, evaluation: '款项已到账，客户知悉' },
  },
} as const;

export const ATTACHMENT = {
  id: 'a1b2c3d4-0000-4000-8000-00000000a77a',
  complaintId: COMPLAINT_ID,
  name: '定损单.pdf',
  size: 2048,
  sha256: '9f2c4e6a8b0d1f3e5a7c9b1d3f5e7a9c0b2d4f6e8a1c3e5b7d9f0a2c4e6b8d0f',
  mediaType: 'application/pdf',
  addedAt: minute(20),
  addedBy: { id: AGENT.id, name: AGENT.name },
};
