/**
 * The four complaint types of the course (the fixed top level), each with the subtypes every desk
 * knows. The last of each is "other, please describe": choosing it makes subtypeDetail required.
 * Labels are i18n keys; an admin adds further subtypes as data (taxonomy.ts).
 */
export const COMPLAINT_TYPES = {
  contract_clause: ['clause_misunderstood', 'claim_conditions_unmet', 'surrender_amount', 'misleading_sales', 'exclusion_clause', 'contract_clause_other'],
  service_quality: ['poor_attitude', 'slow_handling', 'poor_communication', 'no_callback', 'service_quality_other'],
  claims_dispute: ['claim_amount', 'opaque_claim_process', 'claim_documents_rejected', 'claim_too_slow', 'claim_denied', 'claims_dispute_other'],
  fraud: ['false_declaration', 'malicious_fraud', 'identity_misuse', 'fraud_other'],
} as const;

export type ComplaintType = keyof typeof COMPLAINT_TYPES;
/** A subtype every desk knows; a stored subtype may also be an admin's extra code (a string). */
export type FixedSubtype = (typeof COMPLAINT_TYPES)[ComplaintType][number];
/** @deprecated name kept for callers: the fixed subtypes. */
export type ComplaintSubtype = FixedSubtype;

export const COMPLAINT_TYPE_CODES = Object.keys(COMPLAINT_TYPES) as [ComplaintType, ...ComplaintType[]];
export const COMPLAINT_SUBTYPE_CODES = Object.values(COMPLAINT_TYPES).flat() as [FixedSubtype, ...FixedSubtype[]];

/** What a subtype code may look like, fixed or added by an admin. */
export const SUBTYPE_CODE_PATTERN = /^[a-z][a-z0-9_]{1,47}$/;

export function subtypesOf(type: ComplaintType): readonly FixedSubtype[] {
  return COMPLAINT_TYPES[type];
}

export function isFixedSubtype(subtype: string): subtype is FixedSubtype {
  return (COMPLAINT_SUBTYPE_CODES as readonly string[]).includes(subtype);
}

export function isSubtypeOf(type: ComplaintType, subtype: string): subtype is FixedSubtype {
  return (COMPLAINT_TYPES[type] as readonly string[]).includes(subtype);
}

/** "Other, please describe": the agent must then say what it is. */
export function isOtherSubtype(subtype: string | null | undefined): boolean {
  return typeof subtype === 'string' && subtype.endsWith('_other') && isFixedSubtype(subtype);
}

export const complaintTypeLabelKey = (type: ComplaintType) => `complaintType.${type}` as const;
export const complaintSubtypeLabelKey = (subtype: FixedSubtype) => `complaintSubtype.${subtype}` as const;
