import { z } from 'zod';
import {
  COMPLAINT_TYPE_CODES,
  SUBTYPE_CODE_PATTERN,
  complaintSubtypeLabelKey,
  isFixedSubtype,
  subtypesOf,
  type ComplaintType,
} from './complaint-types';

/** A subtype an admin added under one of the four types, with its label in both languages. */
export const ExtraSubtypeSchema = z.object({
  code: z.string().regex(SUBTYPE_CODE_PATTERN, { error: 'validation.taxonomy.code' }),
  zh: z.string().trim().min(1, { error: 'validation.taxonomy.label' }).max(40, { error: 'validation.taxonomy.label' }),
  en: z.string().trim().min(1, { error: 'validation.taxonomy.label' }).max(80, { error: 'validation.taxonomy.label' }),
});
export type ExtraSubtype = z.infer<typeof ExtraSubtypeSchema>;

/** { [typeCode]: ExtraSubtype[] } — what organisation settings keep as taxonomy.extraSubtypes. */
export const ExtraSubtypesSchema = z.partialRecord(z.enum(COMPLAINT_TYPE_CODES), z.array(ExtraSubtypeSchema).max(100));
export type ExtraSubtypes = z.infer<typeof ExtraSubtypesSchema>;

/** One choosable subtype: a fixed one names its i18n key, an admin's extra carries its labels. */
export type SubtypeOption = { code: string; labelKey: string; zh?: undefined; en?: undefined } | { code: string; labelKey?: undefined; zh: string; en: string };

export type Taxonomy = Record<ComplaintType, SubtypeOption[]>;

/**
 * The fixed subtypes of each type followed by the admin's extras, before the type's "other" (which
 * stays last). An extra reusing a known code (fixed, or earlier in the list) is left out, so a code
 * always means one thing.
 */
export function mergeTaxonomy(extra: ExtraSubtypes = {}): Taxonomy {
  const seen = new Set<string>();
  const taxonomy = {} as Taxonomy;
  for (const type of COMPLAINT_TYPE_CODES) {
    const fixed = subtypesOf(type).map((code) => ({ code, labelKey: complaintSubtypeLabelKey(code) }) as SubtypeOption);
    fixed.forEach((option) => seen.add(option.code));
    taxonomy[type] = fixed;
  }
  for (const type of COMPLAINT_TYPE_CODES) {
    const added = (extra[type] ?? []).filter((option) => !isFixedSubtype(option.code) && !seen.has(option.code));
    added.forEach((option) => seen.add(option.code));
    const list = taxonomy[type];
    taxonomy[type] = [...list.slice(0, -1), ...added.map(({ code, zh, en }) => ({ code, zh, en })), ...list.slice(-1)];
  }
  return taxonomy;
}

/** Whether `subtype` may be chosen under `type` in this taxonomy: 'mismatch' when it belongs elsewhere or nowhere. */
export function subtypeProblem(taxonomy: Taxonomy, type: ComplaintType, subtype: string): 'mismatch' | null {
  return taxonomy[type].some((option) => option.code === subtype) ? null : 'mismatch';
}

/** The option a stored code stands for, in any type (a record keeps its code even if an admin later removed it). */
export function findSubtype(taxonomy: Taxonomy, code: string): SubtypeOption | undefined {
  for (const type of COMPLAINT_TYPE_CODES) {
    const found = taxonomy[type].find((option) => option.code === code);
    if (found) return found;
  }
  return undefined;
}
