import type { Classification, ClassEntry } from './classification';

/**
 * The classification every organisation starts with: the complaint reasons and insurance lines the
 * insurance regulator's quarterly complaint bulletins (保险消费投诉情况通报) count by. An admin edits it,
 * or loads another edition (the national standard GB/T 43568-2023's Appendix A) as data.
 */
const entry = (code: string, zh: string, en: string, parent: string | null = null): ClassEntry => ({ code, zh, en, parent });

const REASONS: ClassEntry[] = [
  entry('claims', '理赔纠纷', 'Claims dispute'),
  entry('claims.amount', '理赔金额争议', 'Disputed claim amount', 'claims'),
  entry('claims.denied', '拒赔争议', 'Claim declined', 'claims'),
  entry('claims.slow', '理赔时效', 'Claim handling time', 'claims'),
  entry('claims.documents', '理赔材料', 'Claim documents', 'claims'),
  entry('sales', '销售纠纷', 'Sales dispute'),
  entry('sales.misleading', '销售误导', 'Misleading sales', 'sales'),
  entry('surrender', '退保纠纷', 'Surrender dispute'),
  entry('policy_service', '保单服务纠纷', 'Policy service dispute'),
  entry('preservation', '保全纠纷', 'Policy change (保全) dispute'),
  entry('underwriting', '承保纠纷', 'Underwriting dispute'),
  entry('other', '其他', 'Other'),
];

const LINES: ClassEntry[] = [
  entry('property', '财产保险', 'Property and casualty insurance'),
  entry('motor', '机动车辆保险', 'Motor vehicle insurance', 'property'),
  entry('enterprise_property', '企业财产保险', 'Enterprise property insurance', 'property'),
  entry('household_property', '家庭财产保险', 'Household property insurance', 'property'),
  entry('liability', '责任保险', 'Liability insurance', 'property'),
  entry('guarantee', '保证保险', 'Guarantee insurance', 'property'),
  entry('agriculture', '农业保险', 'Agricultural insurance', 'property'),
  entry('personal', '人身保险', 'Life and health insurance'),
  entry('ordinary_life', '普通人寿保险', 'Ordinary life insurance', 'personal'),
  entry('participating_life', '分红型人寿保险', 'Participating life insurance', 'personal'),
  entry('universal_life', '万能型人寿保险', 'Universal life insurance', 'personal'),
  entry('unit_linked', '投资连结型保险', 'Unit-linked insurance', 'personal'),
  entry('illness', '疾病保险', 'Illness insurance', 'personal'),
  entry('medical', '医疗保险', 'Medical insurance', 'personal'),
  entry('accident', '意外伤害保险', 'Accident insurance', 'personal'),
  entry('annuity', '年金保险', 'Annuity insurance', 'personal'),
  entry('other_line', '其他险种', 'Other lines'),
];

/** Today's subtypes (and, for a subtype an admin added, its type) → the reason they count under. */
const LEGACY_REASONS: Record<string, string> = {
  clause_misunderstood: 'sales',
  claim_conditions_unmet: 'claims',
  surrender_amount: 'surrender',
  misleading_sales: 'sales.misleading',
  exclusion_clause: 'claims.denied',
  contract_clause_other: 'other',
  poor_attitude: 'policy_service',
  slow_handling: 'policy_service',
  poor_communication: 'policy_service',
  no_callback: 'policy_service',
  service_quality_other: 'policy_service',
  claim_amount: 'claims.amount',
  opaque_claim_process: 'claims',
  claim_documents_rejected: 'claims.documents',
  claim_too_slow: 'claims.slow',
  claim_denied: 'claims.denied',
  claims_dispute_other: 'claims',
  false_declaration: 'underwriting',
  malicious_fraud: 'other',
  identity_misuse: 'other',
  fraud_other: 'other',
  contract_clause: 'other',
  service_quality: 'policy_service',
  claims_dispute: 'claims',
  fraud: 'other',
};

/** Product-name keywords → line, the more specific first (分红型 before 寿险). */
const PRODUCT_LINES: { keyword: string; line: string }[] = [
  { keyword: '车', line: 'motor' },
  { keyword: '分红', line: 'participating_life' },
  { keyword: '万能', line: 'universal_life' },
  { keyword: '投连', line: 'unit_linked' },
  { keyword: '投资连结', line: 'unit_linked' },
  { keyword: '年金', line: 'annuity' },
  { keyword: '意外', line: 'accident' },
  { keyword: '医疗', line: 'medical' },
  { keyword: '重疾', line: 'illness' },
  { keyword: '疾病', line: 'illness' },
  { keyword: '企业财产', line: 'enterprise_property' },
  { keyword: '家财', line: 'household_property' },
  { keyword: '家庭财产', line: 'household_property' },
  { keyword: '责任', line: 'liability' },
  { keyword: '保证', line: 'guarantee' },
  { keyword: '农', line: 'agriculture' },
  { keyword: '寿', line: 'ordinary_life' },
];

export const DEFAULT_CLASSIFICATION: Classification = {
  edition: '监管投诉通报口径',
  reasons: REASONS,
  lines: LINES,
  legacyReasons: LEGACY_REASONS,
  productLines: PRODUCT_LINES,
  fallbackLine: 'other_line',
  fallbackReason: 'other',
};
