import { z } from 'zod';
import { ClassificationSchema, removedCodes, type Classification } from './classification';
import { DEFAULT_CLASSIFICATION } from './seed-classification';

/** A calendar quarter, `2026-Q3`. */
export const QUARTER_PATTERN = /^\d{4}-Q[1-4]$/;

const amount = (max: number) =>
  z.number({ error: 'validation.denominator.invalid' }).finite().min(0, { error: 'validation.denominator.invalid' }).max(max, { error: 'validation.denominator.invalid' });

/**
 * The bases the regulator divides a quarter's complaints by (亿元保费、万张保单、万人次), as an admin enters
 * them for one quarter and one branch (`branch: null` = the whole company, used when no branch has its own).
 */
export const DenominatorSchema = z
  .object({
    quarter: z.string().regex(QUARTER_PATTERN, { error: 'validation.denominator.quarter' }),
    branch: z.string().trim().min(1).max(100).nullable(),
    premiumYuan: amount(1e15),
    policies: amount(1e12).int({ error: 'validation.denominator.invalid' }),
    customers: amount(1e12).int({ error: 'validation.denominator.invalid' }),
  })
  .strict();
export type Denominator = z.output<typeof DenominatorSchema>;

export const REPEAT_WINDOW_DEFAULT_DAYS = 90;

/** The organisation's regulatory settings: the two axes, the repeat-complaint window and the quarters' denominators. */
export const RegulatorySettingsSchema = z
  .object({
    classification: ClassificationSchema,
    /** A complaint of the same customer and policy within this many days of an earlier one is a 重复投诉. */
    repeatWindowDays: z.number({ error: 'validation.repeatWindowDays.invalid' }).int({ error: 'validation.repeatWindowDays.invalid' }).min(1, { error: 'validation.repeatWindowDays.invalid' }).max(730, { error: 'validation.repeatWindowDays.invalid' }),
    denominators: z
      .array(DenominatorSchema)
      .max(5000, { error: 'validation.denominator.tooMany' })
      .refine((list) => new Set(list.map((d) => `${d.quarter}|${d.branch ?? ''}`)).size === list.length, { error: 'validation.denominator.duplicate' }),
  })
  .strict();
export type RegulatorySettings = z.output<typeof RegulatorySettingsSchema>;

export const DEFAULT_REGULATORY_SETTINGS: RegulatorySettings = {
  classification: DEFAULT_CLASSIFICATION,
  repeatWindowDays: REPEAT_WINDOW_DEFAULT_DAYS,
  denominators: [],
};

/** The codes a change of classification would drop (they must be retired instead), or an empty list. */
export const droppedCodes = (before: Classification, after: Classification): string[] => removedCodes(before, after);

/** The regulatory settings a stored or received settings object holds; the defaults where it has none (a server or cache of before). */
export const regulatoryOf = (settings: { regulatory?: RegulatorySettings | undefined } | null | undefined): RegulatorySettings =>
  settings?.regulatory ?? DEFAULT_REGULATORY_SETTINGS;

/**
 * The denominator of a quarter for one branch, or for the whole company (branch null): what the admin
 * entered for it; for the company with nothing entered, the sum of the branches' entries of the quarter.
 */
export function denominatorOf(settings: Pick<RegulatorySettings, 'denominators'>, quarter: string, branch: string | null): Denominator | null {
  const own = settings.denominators.find((d) => d.quarter === quarter && d.branch === branch);
  if (own || branch !== null) return own ?? null;
  const branches = settings.denominators.filter((d) => d.quarter === quarter);
  if (branches.length === 0) return null;
  const sum = (key: 'premiumYuan' | 'policies' | 'customers') => branches.reduce((n, d) => n + d[key], 0);
  return { quarter, branch: null, premiumYuan: sum('premiumYuan'), policies: sum('policies'), customers: sum('customers') };
}
