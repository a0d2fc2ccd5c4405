/** The four complaint types of the course, each with its listed subtypes. Labels are i18n keys. */
export const COMPLAINT_TYPES = {
  contract_clause: ['clause_misunderstood', 'claim_conditions_unmet'],
  service_quality: ['poor_attitude', 'slow_handling', 'poor_communication'],
  claims_dispute: ['claim_amount', 'opaque_claim_process', 'claim_documents_rejected'],
  fraud: ['false_declaration', 'malicious_fraud'],
} as const;

export type ComplaintType = keyof typeof COMPLAINT_TYPES;
export type ComplaintSubtype = (typeof COMPLAINT_TYPES)[ComplaintType][number];

export const COMPLAINT_TYPE_CODES = Object.keys(COMPLAINT_TYPES) as [ComplaintType, ...ComplaintType[]];
export const COMPLAINT_SUBTYPE_CODES = Object.values(COMPLAINT_TYPES).flat() as [
  ComplaintSubtype,
  ...ComplaintSubtype[],
];

export function subtypesOf(type: ComplaintType): readonly ComplaintSubtype[] {
  return COMPLAINT_TYPES[type];
}

export function isSubtypeOf(type: ComplaintType, subtype: string): subtype is ComplaintSubtype {
  return (COMPLAINT_TYPES[type] as readonly string[]).includes(subtype);
}

export const complaintTypeLabelKey = (type: ComplaintType) => `complaintType.${type}` as const;
export const complaintSubtypeLabelKey = (subtype: ComplaintSubtype) => `complaintSubtype.${subtype}` as const;
