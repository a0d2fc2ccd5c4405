import { describe, expect, it } from 'vitest';
import { draftHandoverSummary, type SummaryLabels } from '../../../shared/domain/assist/handover-summary';
import type { Complaint } from '../../../shared/domain/complaint';

const complaint = {
  id: 'c1',
  number: 'TS-20261208-ABCD1234',
  stage: 'analysis',
  status: 'open',
  receivedAt: '2026-12-08T01:00:00.000Z',
  assignee: { id: 'A1001', name: '王芳' },
  intake: {
    customerName: '李娜',
    complaintType: 'claims_dispute',
    complaintSubtype: 'claim_too_slow',
    description: '母亲住院的理赔材料交齐一个多月，\n钱还没到账。',
    demand: '一周内赔付',
    emotionTags: ['angry', 'threatening_escalation'],
    demandTags: ['faster_handling'],
    initialJudgement: '',
  },
} as unknown as Complaint;

const labels = (language: SummaryLabels['language']): SummaryLabels => ({
  language,
  type: (c) => `T(${c})`,
  subtype: (c) => `S(${c})`,
  stage: (c) => `G(${c})`,
  emotion: (c) => `E(${c})`,
  demand: (c) => `D(${c})`,
});

describe('the handover summary draft', () => {
  it('assembles the record’s fields into one paragraph, the confirmed escalation first', () => {
    expect(draftHandoverSummary(complaint, labels('zh-CN'))).toBe(
      '【客户扬言投诉升级】TS-20261208-ABCD1234：客户李娜于2026-12-08投诉T(claims_dispute)／S(claim_too_slow)，现处于G(analysis)环节，由王芳处理。' +
        '客户反映：母亲住院的理赔材料交齐一个多月， 钱还没到账。诉求：一周内赔付（D(faster_handling)）。情绪：E(angry)。',
    );
    expect(draftHandoverSummary(complaint, labels('en'))).toBe(
      '[Customer threatens to escalate] TS-20261208-ABCD1234: 李娜 complained on 2026-12-08 about T(claims_dispute) / S(claim_too_slow); now at G(analysis), handled by 王芳. ' +
        'Said: 母亲住院的理赔材料交齐一个多月， 钱还没到账。 Wants: 一周内赔付 (D(faster_handling)). Mood: E(angry).',
    );
  });

  it('quotes a long description in part and leaves out what the record does not hold', () => {
    const long = { ...complaint, assignee: null, intake: { ...complaint.intake, description: '赔'.repeat(500), emotionTags: [], demandTags: [] } } as Complaint;
    const text = draftHandoverSummary(long, labels('zh-CN'));
    expect(text).toContain(`客户反映：${'赔'.repeat(160)}…诉求`);
    expect(text).toContain('由无人处理');
    expect(text).not.toContain('情绪');
    expect(text).not.toContain('升级');
  });
});
