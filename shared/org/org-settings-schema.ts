import { z } from 'zod';
import { COMPLAINT_TYPES, COMPLAINT_TYPE_CODES } from '../domain/complaint-types';
import { DEFAULT_PHRASE_BOOK, PhraseBookSchema } from '../domain/suggested-phrases';
import { DEFAULT_REPLY_TEMPLATES, ReplyTemplateSchema, ReplyTemplatesSchema } from '../domain/templates/reply-templates';
import { DEFAULT_DEADLINE_SETTINGS, DeadlineSettingsSchema } from '../domain/workflow/deadlines';
import { DEFAULT_WATCH_LIST, WatchListSchema } from '../domain/assist/watch-list';
import { ScorecardSchema } from '../domain/assist/scorecard';
import { AssignmentRulesSchema } from '../domain/assignment/assignment-rules';
import { MacrosSchema } from '../domain/macros/macro';
import { DEFAULT_REGULATORY_SETTINGS, RegulatorySettingsSchema } from '../domain/regulatory/regulatory-settings';
import { ClockSettingsSchema } from '../domain/calendar/clock-settings';

/*
 * The deadline day counts and the phrase book are defined once, in shared/domain (the deadline rule
 * and the phrase panel use them there, and shared/domain may import nothing); the organisation's
 * settings reuse those very schemas. Re-exported so server and desk import them from here.
 */
export { DEFAULT_DEADLINE_SETTINGS, DeadlineSettingsSchema, type DeadlineSettings } from '../domain/workflow/deadlines';
export { DEFAULT_PHRASE_BOOK, PhraseBookSchema, type PhraseBook } from '../domain/suggested-phrases';
export { DEFAULT_REPLY_TEMPLATES, ReplyTemplatesSchema, type ReplyTemplate } from '../domain/templates/reply-templates';
export { DEFAULT_WATCH_LIST, WatchListSchema, type WatchList } from '../domain/assist/watch-list';
export { DEFAULT_REGULATORY_SETTINGS, RegulatorySettingsSchema, regulatoryOf, type RegulatorySettings } from '../domain/regulatory/regulatory-settings';
export { ClockSettingsSchema, DEFAULT_CLOCK_SETTINGS, clockOf, type ClockSettings } from '../domain/calendar/clock-settings';

export const MAX_EXTRA_SUBTYPES_PER_TYPE = 30;
const BUILT_IN_SUBTYPES = new Set<string>(Object.values(COMPLAINT_TYPES).flat());

/** A subtype an admin adds under one of the four fixed complaint types, with its labels. */
export const ExtraSubtypeSchema = z
  .object({
    code: z
      .string({ error: 'validation.subtype.code.required' })
      .regex(/^[a-z][a-z0-9_]{1,39}$/, { error: 'validation.subtype.code.format' })
      .refine((code) => !BUILT_IN_SUBTYPES.has(code), { error: 'validation.subtype.code.builtIn' }),
    zh: z.string().trim().min(1, { error: 'validation.subtype.label.required' }).max(40, { error: 'validation.subtype.label.tooLong' }),
    en: z.string().trim().min(1, { error: 'validation.subtype.label.required' }).max(60, { error: 'validation.subtype.label.tooLong' }),
  })
  .strict();
export type ExtraSubtype = z.infer<typeof ExtraSubtypeSchema>;

const ExtraSubtypeListSchema = z
  .array(ExtraSubtypeSchema)
  .max(MAX_EXTRA_SUBTYPES_PER_TYPE, { error: 'validation.subtype.tooMany' })
  .refine((list) => new Set(list.map((s) => s.code)).size === list.length, { error: 'validation.subtype.code.duplicate' });

export const TaxonomySchema = z
  .object({ extraSubtypes: z.partialRecord(z.enum(COMPLAINT_TYPE_CODES), ExtraSubtypeListSchema) })
  .strict();
export type Taxonomy = z.infer<typeof TaxonomySchema>;
export const DEFAULT_TAXONOMY: Taxonomy = { extraSubtypes: {} };

/** The shared schemas, refusing unknown fields at every level as every server body does. */
const StrictDeadlineSettingsSchema = DeadlineSettingsSchema.strict();
const StrictPhraseBookSchema = z
  .object(
    Object.fromEntries(Object.entries(PhraseBookSchema.shape).map(([type, lists]) => [type, lists.strict()])) as {
      [T in keyof typeof PhraseBookSchema.shape]: ReturnType<(typeof PhraseBookSchema.shape)[T]['strict']>;
    },
  )
  .strict();

/** The reply templates' rule (shared/domain/templates), each template refusing unknown fields. */
const StrictReplyTemplatesSchema = z
  .array(ReplyTemplateSchema.strict())
  .max(200, { error: 'templates.validation.tooMany' })
  .refine((list) => new Set(list.map((t) => t.id)).size === list.length, { error: 'templates.validation.duplicateId' });

/**
 * PUT /org-settings and POST /org-settings/adopt: the whole set, replaced at once. `templates` may be left
 * out (a desk of before server migration 13 knows nothing of them): the stored templates then stay as they are.
 */
export const OrgSettingsInputSchema = z
  .object({
    deadlines: StrictDeadlineSettingsSchema,
    phrases: StrictPhraseBookSchema,
    taxonomy: TaxonomySchema,
    templates: StrictReplyTemplatesSchema.optional(),
    /** The regulator's axes, the repeat window and the quarters' denominators; left out by a desk of before server migration 18 (kept as stored). */
    regulatory: RegulatorySettingsSchema.optional(),
  })
  .strict();
export type OrgSettingsInput = z.infer<typeof OrgSettingsInputSchema>;

/** The organisation's settings; version 0 means never edited (the defaults), and only then may a desk adopt its old local values. */
export const OrgSettingsSchema = z
  .object({
    version: z.number().int().nonnegative(),
    updatedAt: z.string(),
    deadlines: DeadlineSettingsSchema,
    phrases: PhraseBookSchema,
    taxonomy: TaxonomySchema,
    /** The reply templates; always sent by this server, absent from a server (or a desk's cache) of before. */
    templates: ReplyTemplatesSchema.optional(),
    /** Always sent by this server; absent from a server (or a desk's cache) of before migration 18: read with `regulatoryOf`. */
    regulatory: RegulatorySettingsSchema.optional(),
    /** The assignment rules (PUT /assignment-rules); absent from a server of before server migration 19. */
    assignment: AssignmentRulesSchema.optional(),
    /** The macros (PUT /macros); absent from a server of before server migration 19. */
    macros: MacrosSchema.optional(),
    /** The escalation watch list (PUT /assist/watch-list); absent from a server of before server migration 16. */
    watchList: WatchListSchema.optional(),
    /** The 质检 scorecard (PUT /assist/scorecard); absent from a server of before server migration 16. */
    scorecard: ScorecardSchema.optional(),
    /** The scorecard's own version, +1 on every PUT /assist/scorecard (a closed complaint keeps the version it was scored under); absent from a server of before server migration 24. */
    scorecardVersion: z.number().int().positive().optional(),
    /** The working calendar, first-contact hours and return-visit days (PUT /org-settings/clock); absent from a server of before server migration 17: read with `clockOf`. */
    clock: ClockSettingsSchema.optional(),
    /** The version of the organisation's trained classifier (GET /assist/classifier); 0 or absent: none yet, desks use the starting model. */
    classifierVersion: z.number().int().nonnegative().optional(),
  })
  .strict();
export type OrgSettings = z.infer<typeof OrgSettingsSchema>;

export const DEFAULT_ORG_SETTINGS_INPUT: OrgSettingsInput = {
  deadlines: DEFAULT_DEADLINE_SETTINGS,
  phrases: DEFAULT_PHRASE_BOOK,
  taxonomy: DEFAULT_TAXONOMY,
  templates: DEFAULT_REPLY_TEMPLATES,
  regulatory: DEFAULT_REGULATORY_SETTINGS,
};
