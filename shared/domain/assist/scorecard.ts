import { z } from 'zod';

/**
 * 质检 scorecards: checks an admin defines over a complaint's records — a statement that must be there (any of
 * its phrases: the deadline told, the complainant's options in the decision, identity verified) or a phrase
 * that must not — each worth points, scored when the complaint is closed.
 */
export const ScorecardCheckSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, { error: 'assist.validation.scorecard.id' }),
    kind: z.enum(['required', 'forbidden']),
    zh: z.string().trim().min(1, { error: 'assist.validation.scorecard.label' }).max(40, { error: 'assist.validation.scorecard.label' }),
    en: z.string().trim().min(1, { error: 'assist.validation.scorecard.label' }).max(80, { error: 'assist.validation.scorecard.label' }),
    phrases: z
      .array(z.string().trim().min(1, { error: 'assist.validation.scorecard.phrase' }).max(40, { error: 'assist.validation.scorecard.phrase' }))
      .min(1, { error: 'assist.validation.scorecard.phrases' })
      .max(20, { error: 'assist.validation.scorecard.phrases' }),
    points: z.number({ error: 'assist.validation.scorecard.points' }).int({ error: 'assist.validation.scorecard.points' }).min(1, { error: 'assist.validation.scorecard.points' }).max(100, { error: 'assist.validation.scorecard.points' }),
  })
  .strict();
export type ScorecardCheck = z.infer<typeof ScorecardCheckSchema>;

export const ScorecardSchema = z
  .object({ checks: z.array(ScorecardCheckSchema).max(30, { error: 'assist.validation.scorecard.tooMany' }) })
  .strict()
  .refine((card) => new Set(card.checks.map((c) => c.id)).size === card.checks.length, { error: 'assist.validation.scorecard.duplicate' });
export type Scorecard = z.infer<typeof ScorecardSchema>;

/** What every organisation starts with, until an admin defines its own. */
export const DEFAULT_SCORECARD: Scorecard = {
  checks: [
    { id: 'identity_verified', kind: 'required', zh: '已核实身份', en: 'Identity verified', phrases: ['核实身份', '身份已核实', '核对身份', '验证身份', '身份核实'], points: 30 },
    { id: 'deadline_told', kind: 'required', zh: '已告知处理时限', en: 'Deadline told', phrases: ['15日', '十五日', '15个工作日', '30日', '三十日', '处理时限', '日内答复', '日内回复'], points: 30 },
    { id: 'options_told', kind: 'required', zh: '已告知不满意的救济途径', en: 'Options told in the decision', phrases: ['申请复核', '如不满意', '如有异议', '可向', '12378', '调解', '诉讼'], points: 30 },
    { id: 'no_promises', kind: 'forbidden', zh: '无不当承诺或推诿', en: 'No improper promise or brush-off', phrases: ['保证赔', '肯定能赔', '包赔', '不归我们管', '爱投哪投哪', '随便你投诉'], points: 10 },
  ],
};

export interface CheckResult {
  id: string;
  kind: ScorecardCheck['kind'];
  passed: boolean;
  points: number;
  /** The phrase found (a required statement's proof, a forbidden phrase's breach), or null. */
  found: string | null;
}

export interface ComplaintScore {
  score: number;
  max: number;
  results: CheckResult[];
}

/** Scores the texts of a complaint's records (each text searched as written, letters compared in lower case). */
export function scoreRecords(card: Scorecard, texts: readonly string[]): ComplaintScore {
  const haystack = texts.join('\n').toLowerCase();
  const results = card.checks.map((check): CheckResult => {
    const found = check.phrases.find((phrase) => haystack.includes(phrase.toLowerCase())) ?? null;
    const passed = check.kind === 'required' ? found !== null : found === null;
    return { id: check.id, kind: check.kind, passed, points: passed ? check.points : 0, found };
  });
  return {
    score: results.reduce((sum, r) => sum + r.points, 0),
    max: card.checks.reduce((sum, c) => sum + c.points, 0),
    results,
  };
}

/** Every string in a record (stage data, nested), in order: what the checks read. */
export function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(textsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(textsOf);
  return [];
}
