import type { Actor } from '../../shared/domain/actor';
import { complaintNumber } from '../../shared/domain/commands/create-complaint';
import type { MutationName } from '../../shared/sync/mutators';
import { AGENT, ATTACHMENT, CALL, COLLEAGUE, COMPLAINT_ID, INTAKE, LEAD, minute, STAGE_DATA } from './story-values';

/** One step of the examples' story: who does it, which mutation, its arguments (ids included), when the desk's clock read. */
export interface StoryStep {
  actor: Actor;
  name: MutationName;
  args: Record<string, unknown>;
  createdAt: string;
  /** The step the doc shows for its mutation kind (one per kind); the others only walk the complaint on. */
  shown: boolean;
  /** The review state a resolution needs (the server flagged the complaint): only for complaint.resolveReview. */
  inReview?: boolean;
}

const on = { complaintId: COMPLAINT_ID };
const ID_KEYS = ['id', 'number', 'complaintId', 'eventId'];

/** The ids first, as a reader looks for them. */
const idsFirst = (args: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(args).sort(([a], [b]) => rank(a) - rank(b)));
const rank = (key: string) => (ID_KEYS.includes(key) ? ID_KEYS.indexOf(key) : ID_KEYS.length);
let n = 0;
const step = (actor: Actor, name: MutationName, args: Record<string, unknown>, shown = true, extra: Partial<StoryStep> = {}): StoryStep => {
  n += 1;
  const withEvent = name === 'complaint.recordCall' ? args : { ...args, eventId: `e${String(n).padStart(7, '0')}-0000-4000-8000-000000000000` };
  return { actor, name, args: idsFirst(withEvent), createdAt: minute(4 + 2 * n), shown, ...extra };
};

const walk = (stage: keyof typeof STAGE_DATA, shown = false) => step(AGENT, 'complaint.advance', { ...on, stage, data: STAGE_DATA[stage] }, shown);

/** The story, in the order the desks made it; every step applies on the state the ones before it left. */
export const STORY: readonly StoryStep[] = [
  step(AGENT, 'complaint.create', { id: COMPLAINT_ID, number: complaintNumber(COMPLAINT_ID, INTAKE.callTime), intake: INTAKE, call: CALL }),
  walk('intake', true),
  step(AGENT, 'complaint.addNote', { ...on, text: '客户来电催办，情绪激动' }),
  step(AGENT, 'complaint.recordCall', { ...on, call: { ...CALL, endedAt: '2026-12-06T02:04:30.000Z', durationSeconds: 278, cause: 'normalClearing' } }),
  step(AGENT, 'complaint.recordContact', { ...on, contactedAt: '2026-12-06T10:12:00+08:00', method: 'phone', note: '已回电说明处理流程' }),
  step(AGENT, 'complaint.setRecordingRef', { ...on, recordingRef: 'PBX-20261206-0042' }),
  step(AGENT, 'complaint.updateContact', { ...on, customerName: '张伟', contactPhone: '139 0013 9000' }),
  step(AGENT, 'complaint.setComplexity', { ...on, complexity: 'complex' }),
  step(AGENT, 'complaint.attachFile', { ...on, attachment: ATTACHMENT }),
  step(AGENT, 'complaint.removeAttachment', { ...on, attachment: ATTACHMENT, reason: '传错文件' }),
  step(AGENT, 'complaint.recordLetterSent', { ...on, letter: 'acknowledgement', language: 'zh-CN', method: 'phone', sentAt: '2026-12-06T10:15:00+08:00' }),
  walk('registration'),
  walk('analysis'),
  walk('solution'),
  walk('execution'),
  step(AGENT, 'complaint.refuseSolution', { ...on, reason: '客户认为补付金额不够' }),
  step(AGENT, 'complaint.assign', { ...on, assignee: COLLEAGUE }),
  step(LEAD, 'complaint.extendDeadline', { ...on, notice: { toldAt: '2026-12-06T10:25:00+08:00', method: 'phone', reason: '需调取第三方定损报告' } }),
  step(LEAD, 'complaint.suspendClock', { ...on, suspensionId: 's0000001-0000-4000-8000-000000000000', kind: 'appraisal', reason: '车辆损失需第三方司法鉴定', party: '某某司法鉴定所', attachmentId: null }),
  step(LEAD, 'complaint.approveSuspension', { ...on }),
  step(LEAD, 'complaint.resumeClock', { ...on, outcome: '鉴定报告已出，定损金额 18,600 元' }),
  step(
    LEAD,
    'complaint.resolveReview',
    { ...on, choices: [{ field: 'intake', chosen: 'desk', value: { ...INTAKE, contactPhone: '137 0013 7000' }, other: { ...INTAKE, contactPhone: '139 0013 9000' } }] },
    true,
    { inReview: true },
  ),
  step(LEAD, 'complaint.withdraw', { ...on, receivedAt: '2026-12-06T10:28:00+08:00', reason: '客户已与理赔部和解' }),
];

/** A second complaint of the same customer, taken by the agent and closed: a withdrawn complaint has no 回访. */
const CLOSED_ID = '7c1e4b2a-9d36-4f58-8a07-d2c3b4a5f6e7';
const onClosed = { complaintId: CLOSED_ID };
const CLOSING_DATA = {
  feedback: { receiptConfirmed: true, resultTold: { at: '2026-12-06T10:50:00+08:00', method: 'phone', content: '已补付一千元并解释条款' }, satisfaction: 4, comments: '基本满意' },
  closure: { resolution: '解释条款并补付一千元，客户接受', lessonsLearned: '定损时应当面说明折旧', improvementMeasures: ['定损告知书增加折旧说明'] },
};
const walkClosed = (stage: keyof typeof STAGE_DATA | keyof typeof CLOSING_DATA) =>
  step(AGENT, 'complaint.advance', { ...onClosed, stage, data: stage in STAGE_DATA ? STAGE_DATA[stage as keyof typeof STAGE_DATA] : CLOSING_DATA[stage as keyof typeof CLOSING_DATA] }, false);
/** A 回访 call made a minute before the desk recorded it. */
const returnVisit = (args: Record<string, unknown>, shown: boolean) => {
  const s = step(AGENT, 'complaint.recordReturnVisit', { ...onClosed, attemptedAt: '', ...args }, shown);
  return { ...s, args: { ...s.args, attemptedAt: new Date(Date.parse(s.createdAt) - 60_000).toISOString() } };
};

/** The review complaint the closed one's 核查 opens. */
const REVIEW_ID = '9a4d2c71-3e58-4b06-8f1a-e5d6c7b8a9f0';
/** 核查: asked a minute before the desk recorded it, on the day the decision was received. */
function reviewRequest(): StoryStep {
  const s = step(AGENT, 'complaint.requestReview', { complaintId: REVIEW_ID, number: '', originalId: CLOSED_ID, requestedAt: '', decisionReceivedAt: '', channel: 'phone', grounds: '对补付金额有异议，申请核查' });
  const requestedAt = new Date(Date.parse(s.createdAt) - 60_000).toISOString();
  return { ...s, args: { ...s.args, number: complaintNumber(REVIEW_ID, requestedAt), requestedAt, decisionReceivedAt: requestedAt } };
}

/** The closed complaint's story: taken, walked to 关闭 (scored), then its 回访 — not reached once, then reached — and its 质检 appeal. */
export const CLOSED_STORY: readonly StoryStep[] = [
  step(AGENT, 'complaint.create', { id: CLOSED_ID, number: complaintNumber(CLOSED_ID, INTAKE.callTime), intake: INTAKE }, false),
  ...(['intake', 'registration', 'analysis', 'solution', 'execution', 'feedback', 'closure'] as const).map(walkClosed),
  returnVisit({ reached: false }, false),
  returnVisit({ reached: true, satisfaction: 'not', acceptsResult: false, stillWants: '希望全额赔付三千元' }, true),
  // 质检: the close was scored (no record says the identity was verified); the handler appeals, the team's lead reviews and upholds.
  step(AGENT, 'complaint.appealQualityCheck', { ...onClosed, checkId: 'identity_verified', reason: '首次来电已核实身份，记录漏写' }),
  step(LEAD, 'complaint.reviewQualityCheck', { ...onClosed, checkId: 'deadline_told', verdict: 'confirmed', comment: '' }),
  step(LEAD, 'complaint.resolveQualityAppeal', { ...onClosed, checkId: 'identity_verified', outcome: 'upheld', comment: '复听录音，已核实身份' }),
  reviewRequest(),
];
