import { z } from 'zod';
import { AssignmentRulesSchema, BilingualNameSchema } from '../domain/assignment/assignment-rules';
import { MacrosSchema } from '../domain/macros/macro';
import { TEMPLATE_LANGUAGES } from '../domain/templates/reply-templates';
import { AvailabilityEntrySchema, AvailabilityListSchema, AvailabilityUpdateSchema } from '../org/assignment';
import { OrgSettingsSchema } from '../org/org-settings-schema';

/** The most complaints one macro run takes (the team queue's selection). */
export const MACRO_RUN_MAX = 200;

/** What happened to one complaint of a macro run: applied (its new version), or the step refused and why. */
export const MacroOutcomeSchema = z.union([
  z.object({ id: z.string(), ok: z.literal(true), version: z.number().int() }),
  z.object({
    id: z.string(),
    ok: z.literal(false),
    /** The refused step (0-based); null: refused before any step (not found, stale). */
    step: z.number().int().nullable(),
    messageKey: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  }),
]);
export type MacroRunOutcome = z.infer<typeof MacroOutcomeSchema>;

export const assignmentCalls = {
  /** The rules and macros as this desk last fetched them with the organisation's settings (empty before the first fetch). */
  'assignment.settings': {
    input: z.object({}).strict(),
    output: z.object({ version: z.number().int().nonnegative(), rules: AssignmentRulesSchema, macros: MacrosSchema }),
    access: 'signedIn',
  },
  /** The rule the server will assign this complaint by ("将按规则分派"), while its create waits in the outbox; null otherwise. */
  'assignment.pending': {
    input: z.object({ id: z.string().min(1).max(64) }).strict(),
    output: z.object({ rule: z.object({ id: z.string(), name: BilingualNameSchema }).nullable() }),
    access: 'signedIn',
  },
  /** An admin replaces the assignment rules on the server (online only); answers the new settings, cached at once. */
  'assignment.rules.save': { input: AssignmentRulesSchema, output: OrgSettingsSchema, access: ['admin'] },
  /** An admin replaces the macros on the server (online only). */
  'assignment.macros.save': { input: z.object({ macros: MacrosSchema }).strict(), output: OrgSettingsSchema, access: ['admin'] },
  /** Availability as the server has it: an admin everyone's, a lead their team's, an agent their own (online only). */
  'assignment.availability.list': { input: z.object({}).strict(), output: AvailabilityListSchema, access: 'signedIn' },
  /** Set one person's availability (their own state; a lead their team's, also cap and skills); online only. */
  'assignment.availability.set': {
    input: z.object({ userId: z.uuid(), update: AvailabilityUpdateSchema }).strict(),
    output: AvailabilityEntrySchema,
    access: 'signedIn',
  },
  /**
   * Run a macro on one or many complaints: each step through its own command (the same rules and refusals,
   * one timeline entry and outbox mutation each). A step refused on a complaint stops the macro there, before
   * anything of it is written on that complaint.
   */
  'macros.run': {
    input: z
      .object({
        macroId: z.string().min(1).max(64),
        complaints: z
          .array(z.object({ id: z.string().min(1).max(64), baseVersion: z.number().int().positive() }).strict())
          .min(1, { error: 'team.validation.noneSelected' })
          .max(MACRO_RUN_MAX, { error: 'team.validation.tooMany' }),
        language: z.enum(TEMPLATE_LANGUAGES),
      })
      .strict(),
    output: z.object({ outcomes: z.array(MacroOutcomeSchema) }),
    access: 'signedIn',
  },
} as const;

