import type { IntakeInput } from '../../shared/domain/intake';

/** A complete, valid intake as the form sends it (node-free, so end-to-end specs can use it too). */
export function validIntake(overrides: Partial<IntakeInput> = {}): IntakeInput {
  return {
    callTime: '2026-11-25T10:00:00+08:00',
    customerName: '张伟',
    contactPhone: '138 0013 8000',
    policyNumber: 'P2026-000123',
    complaintType: 'claims_dispute',
    complaintSubtype: 'claim_amount',
    description: '车险理赔金额比定损少了三千元，客户认为不合理。',
    demand: '按定损金额全额赔付',
    channel: 'phone',
    initialJudgement: '需核对定损单',
    ...overrides,
  };
}
