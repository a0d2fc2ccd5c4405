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
