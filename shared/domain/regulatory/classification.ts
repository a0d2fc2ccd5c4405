import { z } from 'zod';
import type { ComplaintType } from '../complaint-types';

/**
 * The regulator's two axes of a complaint: its reason (投诉原因, e.g. 理赔纠纷) and the insurance line
 * (险种, e.g. 机动车辆保险). Both are the organisation's data — code, names in both languages, parent —
 * kept in its settings, so an admin can load another edition (the national standard's Appendix A codes)
 * without a new release. A code, once used, keeps its meaning: an admin retires an entry rather than
 * removing it (`retiredCodesKept`), so a complaint registered under it still reads.
 */

/** A reason's or line's code: the seeds' words, or the national standard's numbers (01, 0101 …). */
export const CLASS_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/;
export const MAX_CLASS_ENTRIES = 500;

export const classCode = (field: string) =>
  z
    .string({ error: `validation.${field}.required` })
    .trim()
    .min(1, { error: `validation.${field}.required`, abort: true })
    .regex(CLASS_CODE_PATTERN, { error: `validation.${field}.invalid` });

export const ClassEntrySchema = z
  .object({
    code: classCode('classification.code'),
    zh: z.string().trim().min(1, { error: 'validation.classification.name' }).max(60, { error: 'validation.classification.name' }),
    en: z.string().trim().min(1, { error: 'validation.classification.name' }).max(120, { error: 'validation.classification.name' }),
    /** The entry this one refines (理赔纠纷 › 理赔金额); null at the top. */
    parent: classCode('classification.parent').nullable().default(null),
    /** Offered no more at registration; complaints registered under it keep it. */
    retired: z.boolean().optional(),
  })
  .strict();
export type ClassEntry = z.output<typeof ClassEntrySchema>;

/** The problem with a list of entries, as an i18n key: a code twice, a parent not in the list, a loop of parents. */
export function classListProblem(list: readonly Pick<ClassEntry, 'code' | 'parent'>[]): string | null {
  const byCode = new Map<string, string | null>();
  for (const entry of list) {
    if (byCode.has(entry.code)) return 'validation.classification.duplicate';
    byCode.set(entry.code, entry.parent);
  }
  for (const entry of list) {
    if (entry.parent === null) continue;
    if (!byCode.has(entry.parent)) return 'validation.classification.unknownParent';
    // Walk up: more steps than entries means a loop.
    let at: string | null = entry.parent;
    for (let steps = 0; at !== null; steps++) {
      if (at === entry.code || steps > list.length) return 'validation.classification.parentLoop';
      at = byCode.get(at) ?? null;
    }
  }
  return null;
}

export const ClassListSchema = z
  .array(ClassEntrySchema)
  .min(1, { error: 'validation.classification.empty' })
  .max(MAX_CLASS_ENTRIES, { error: 'validation.classification.tooMany' })
  .superRefine((list, ctx) => {
    const problem = classListProblem(list);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** A keyword of the product's name and the line it points to, for complaints registered before lines existed. */
export const ProductLineRuleSchema = z
  .object({ keyword: z.string().trim().min(1, { error: 'validation.classification.keyword' }).max(20), line: classCode('classification.line') })
  .strict();

export const ClassificationSchema = z
  .object({
    /** Which edition the codes follow, as the admin names it (e.g. 监管通报 2024, GB/T 43568-2023 附录A). */
    edition: z.string().trim().min(1, { error: 'validation.classification.edition' }).max(80, { error: 'validation.classification.edition' }),
    reasons: ClassListSchema,
    lines: ClassListSchema,
    /** Today's subtype (or, for a subtype an admin added, its type) → the reason it counts under. */
    legacyReasons: z.record(z.string().regex(/^[a-z][a-z0-9_]{1,47}$/), classCode('classification.reason')),
    /** Tried in order on the product name; the first keyword found names the line. */
    productLines: z.array(ProductLineRuleSchema).max(100),
    /** The line of a complaint whose product names none of the keywords, and the reason of an unmapped one. */
    fallbackLine: classCode('classification.line'),
    fallbackReason: classCode('classification.reason'),
  })
  .strict()
  .superRefine((c, ctx) => {
    const reasons = new Set(c.reasons.map((r) => r.code));
    const lines = new Set(c.lines.map((l) => l.code));
    const bad = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    for (const [from, to] of Object.entries(c.legacyReasons)) if (!reasons.has(to)) bad(['legacyReasons', from], 'validation.classification.unknownReason');
    c.productLines.forEach((rule, i) => {
      if (!lines.has(rule.line)) bad(['productLines', i, 'line'], 'validation.classification.unknownLine');
    });
    if (!lines.has(c.fallbackLine)) bad(['fallbackLine'], 'validation.classification.unknownLine');
    if (!reasons.has(c.fallbackReason)) bad(['fallbackReason'], 'validation.classification.unknownReason');
  });
export type Classification = z.output<typeof ClassificationSchema>;

/** Whether `code` is one of `list` (retired ones included: a desk offline may have chosen it before). */
export const hasCode = (list: readonly ClassEntry[], code: string) => list.some((e) => e.code === code);

/** The entries a registration may offer now: not retired, parents before their children as listed. */
export const activeEntries = (list: readonly ClassEntry[]) => list.filter((e) => !e.retired);

/** The codes of `before` missing from `after`: a code once offered must stay (retired), so old complaints still read. */
export function removedCodes(before: Classification, after: Classification): string[] {
  const missing = (a: readonly ClassEntry[], b: readonly ClassEntry[]) => a.filter((e) => !hasCode(b, e.code)).map((e) => e.code);
  return [...missing(before.reasons, after.reasons), ...missing(before.lines, after.lines)];
}

/** The entry of `code` and its parents, top first (理赔纠纷 › 理赔金额争议); empty when unknown. */
export function pathOf(list: readonly ClassEntry[], code: string): ClassEntry[] {
  const path: ClassEntry[] = [];
  let at: string | null = code;
  while (at !== null && path.length <= list.length) {
    const entry = list.find((e) => e.code === at);
    if (!entry) break;
    path.unshift(entry);
    at = entry.parent;
  }
  return path;
}

/** The top-level entry a code counts under in the regulator's tables (its own code when at the top, null when unknown). */
export const topCodeOf = (list: readonly ClassEntry[], code: string): string | null => pathOf(list, code)[0]?.code ?? null;

export interface Classified {
  reasonCode: string;
  lineCode: string;
  /** 'registered': the codes chosen at registration; 'mapped': derived from the type, subtype and product. */
  source: 'registered' | 'mapped';
}

/** What classifying a complaint needs of it: its type and subtype, and (once registered) the product and chosen codes. */
export interface ClassifiableComplaint {
  complaintType: ComplaintType;
  complaintSubtype: string;
  productName: string | null;
  reasonCode: string | null;
  lineCode: string | null;
}

/**
 * A complaint's reason and line: the codes chosen at registration, or — for one registered before
 * (or not yet registered) — the mapping of its subtype (else its type) and the first product keyword.
 */
export function classify(c: ClassifiableComplaint, classification: Classification): Classified {
  if (c.reasonCode && c.lineCode) return { reasonCode: c.reasonCode, lineCode: c.lineCode, source: 'registered' };
  const reasonCode = c.reasonCode ?? classification.legacyReasons[c.complaintSubtype] ?? classification.legacyReasons[c.complaintType] ?? classification.fallbackReason;
  const product = c.productName ?? '';
  const lineCode = c.lineCode ?? classification.productLines.find((rule) => product.includes(rule.keyword))?.line ?? classification.fallbackLine;
  return { reasonCode, lineCode, source: 'mapped' };
}
