import { complaintNumber } from '../../shared/domain/commands/create-complaint';
import type { Complaint } from '../../shared/domain/complaint';
import { COMPLAINT_SUBTYPE_CODES, COMPLAINT_TYPES, type ComplaintType } from '../../shared/domain/complaint-types';
import { initialWorkflowState } from '../../shared/domain/workflow/workflow-state';

/** A small seeded generator (mulberry32), so a corpus is the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;
const pick = <T>(rng: Random, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const digits = (rng: Random, n: number) => Array.from({ length: n }, () => Math.floor(rng() * 10)).join('');

export const SURNAMES = ['张', '王', '李', '赵', '刘', '陈', '杨', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '高', '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '曾', '肖', '田', '董', '潘', '袁', '蔡', '蒋', '余', '单', '欧阳', '司马'];
export const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '霞', '平', '刚', '桂英', '华', '建国', '志强', '晓东', '雪', '婷', '宇', '浩', '鑫', '欣怡', '子涵', '梓轩', '一鸣', '嘉怡', '俊杰', '思远', '文博', '乐'];

/** Sentences of what customers tell; those with 理赔 are kept apart so about a fifth of complaints mention it. */
const CLAIM_SENTENCES = [
  '客户反映车险理赔金额比定损单少了{n}元，认为保险公司故意压价。',
  '理赔员在电话中态度冷淡，多次催问理赔进度都没有明确答复。',
  '客户称重疾险理赔材料已经提交{n}天，至今没有结果。',
  '医疗险理赔被拒，理由是既往症，客户表示投保时已如实告知。',
];
const SENTENCES = [
  '客户来电情绪激动，要求尽快给出处理意见。',
  '保单在{d}续保时保费上涨了{n}元，业务员事先没有说明。',
  '客户表示当初销售人员承诺可以随时退保不扣费，现在退保却被扣了手续费。',
  '客户要求退还已扣除的{n}元费用并书面道歉。',
  '业务员离职后无人跟进，客户多次拨打客服热线无人接听。',
  '客户认为合同条款中的免责部分没有在投保时重点提示。',
  '分红险实际收益远低于宣传材料中的演示利率。',
  '客户的银行卡在未授权的情况下被扣款{n}元。',
  '柜面工作人员要求客户反复补充材料，办理时间过长。',
  '客户计划向监管部门投诉，希望公司在三个工作日内回复。',
  '客户称收到的短信通知内容与保单信息不一致。',
  '孩子的教育金保险到期后领取金额与合同约定不符。',
  '客户对回访电话中的话术不满意，认为存在误导。',
  '车辆出险后查勘员迟到了两个小时，客户在高速路边等待。',
  '客户希望变更受益人，但网点告知需要本人到场办理。',
  '客户表示从未签过这份保单，怀疑签名被冒用。',
];

export interface CorpusOptions {
  /** Of every 20 complaints, how many are closed and withdrawn (the rest open). */
  seed?: number;
}

export function customerName(rng: Random): string {
  return pick(rng, SURNAMES) + pick(rng, GIVEN) + (rng() < 0.3 ? pick(rng, GIVEN) : '');
}

/** A Chinese mobile or landline written the way agents and PBXs write them. */
export function phoneNumber(rng: Random): string {
  if (rng() < 0.15) {
    const area = pick(rng, ['010', '021', '020', '0755', '0571']);
    const local = digits(rng, area.length === 3 ? 8 : 7);
    return pick(rng, [`${area}-${local}`, `(${area})${local}`, `${area} ${local.slice(0, 4)} ${local.slice(4)}`]);
  }
  const mobile = `1${pick(rng, ['3', '5', '7', '8', '9'])}${digits(rng, 9)}`;
  const [a, b, c] = [mobile.slice(0, 3), mobile.slice(3, 7), mobile.slice(7)];
  return pick(rng, [mobile, `${a} ${b} ${c}`, `${a}-${b}-${c}`, `+86 ${a} ${b} ${c}`, `0086-${mobile}`, `+86${mobile}`]);
}

export function policyNumber(rng: Random): string {
  const r = rng();
  if (r < 0.1) return '';
  if (r < 0.6) return `P${2018 + Math.floor(rng() * 9)}-${digits(rng, 6)}`;
  return `PA${digits(rng, 10)}`;
}

export function description(rng: Random, withClaim: boolean): string {
  const fill = (s: string) => s.replace('{n}', String(100 + Math.floor(rng() * 9900))).replace('{d}', `${2020 + Math.floor(rng() * 7)}年`);
  const sentences = Array.from({ length: 5 + Math.floor(rng() * 4) }, () => fill(pick(rng, SENTENCES)));
  if (withClaim) sentences.splice(Math.floor(rng() * sentences.length), 0, fill(pick(rng, CLAIM_SENTENCES)));
  return sentences.join('');
}

const hex = (rng: Random, n: number) => Array.from({ length: n }, () => Math.floor(rng() * 16).toString(16)).join('');

/** One realistic complaint record (as stored), the i-th of a corpus; about one in five mentions 理赔. */
export function generateComplaint(rng: Random, i: number): Complaint {
  const id = `${hex(rng, 8)}-${hex(rng, 4)}-4${hex(rng, 3)}-a${hex(rng, 3)}-${hex(rng, 12)}`;
  const day = new Date(Date.UTC(2024, 0, 1) + Math.floor((i * 86_400_000) / 300) + Math.floor(rng() * 3_600_000));
  const callTime = `${day.toISOString().slice(0, 19)}+08:00`;
  const type = pick(rng, Object.keys(COMPLAINT_TYPES) as ComplaintType[]);
  const subtype = pick(rng, COMPLAINT_TYPES[type]) as (typeof COMPLAINT_SUBTYPE_CODES)[number];
  const statusRoll = rng();
  const status = statusRoll < 0.6 ? 'open' : statusRoll < 0.9 ? 'closed' : 'withdrawn';
  const assignee = pick(rng, [{ id: 'A1001', name: '王芳' }, { id: 'A2002', name: '李娜' }, { id: 'L3003', name: '赵强' }]);
  const stage = status === 'closed' ? 'closure' : pick(rng, ['intake', 'registration', 'analysis', 'solution', 'execution', 'feedback'] as const);
  const state = initialWorkflowState();
  const at = day.toISOString();
  return {
    id,
    number: complaintNumber(id, callTime),
    stage,
    status,
    intake: {
      callTime,
      customerName: customerName(rng),
      contactPhone: phoneNumber(rng),
      policyNumber: policyNumber(rng),
      complaintType: type,
      complaintSubtype: subtype,
      subtypeDetail: '',
      description: description(rng, rng() < 0.2),
      demand: pick(rng, ['按合同全额赔付', '退还保费', '书面道歉', '尽快处理', '解除合同并退款', '补偿损失']),
      channel: 'phone',
      initialJudgement: rng() < 0.5 ? '需核对保单及沟通记录' : '',
    },
    receivedAt: callTime,
    createdAt: at,
    createdBy: assignee,
    assignee,
    updatedAt: at,
    version: 1,
    ...state,
    withdrawal:
      status === 'withdrawn' ? { receivedAt: at, reason: '客户表示问题已私下解决，撤回投诉', recordedBy: assignee, recordedAt: at } : null,
    endedAt: status === 'open' ? null : at,
  };
}
