import { z } from 'zod';
import { CHANNELS } from '../channels';
import { COMPLAINT_TYPE_CODES, SUBTYPE_CODE_PATTERN } from '../complaint-types';

/** How a rule picks a person within its team. */
export const ROUTING_STRATEGIES = ['roundRobin', 'leastLoad', 'skills'] as const;
export type RoutingStrategy = (typeof ROUTING_STRATEGIES)[number];

/** A skill tag a person carries: a line (险种), a reason, a dialect; `kind:value`, e.g. `dialect:cantonese`. */
export const SKILL_PATTERN = /^(line|reason|dialect):[a-z0-9_-]{1,40}$/;
export const SkillSchema = z.string().regex(SKILL_PATTERN, { error: 'assignment.validation.skill' });

const id = z.string().trim().min(1).max(64);
const uuid = z.uuid({ error: 'assignment.validation.unit' });
const anyOf = <T extends z.ZodType>(item: T) => z.array(item).max(50).optional();

/**
 * What a complaint must be for a rule to match: every listed condition holds (a list: any of its values),
 * a condition left out matches anything. `reasons` and `lines` match once the complaint carries them.
 */
export const RuleMatchSchema = z
  .object({
    complaintTypes: anyOf(z.enum(COMPLAINT_TYPE_CODES)),
    subtypes: anyOf(z.string().regex(SUBTYPE_CODE_PATTERN)),
    channels: anyOf(z.enum(CHANNELS)),
    branchIds: anyOf(uuid),
    regulatorReferral: z.boolean().optional(),
    repeat: z.boolean().optional(),
    reasons: anyOf(id),
    lines: anyOf(id),
  })
  .strict();
export type RuleMatch = z.infer<typeof RuleMatchSchema>;

/** A team and how to pick within it; `skills` (all required) apply to the skills strategy. */
export const TeamTargetSchema = z
  .object({
    kind: z.literal('team'),
    teamId: uuid,
    strategy: z.enum(ROUTING_STRATEGIES),
    skills: z.array(SkillSchema).max(10).optional(),
  })
  .strict();
export type TeamTarget = z.infer<typeof TeamTargetSchema>;

/** Where a matching complaint goes: a team, or it stays with the person who took it. */
export const RuleTargetSchema = z.discriminatedUnion('kind', [TeamTargetSchema, z.object({ kind: z.literal('keep') }).strict()]);
export type RuleTarget = z.infer<typeof RuleTargetSchema>;

/** A name in both languages of the desk. */
export const BilingualNameSchema = z
  .object({
    zh: z.string().trim().min(1, { error: 'assignment.validation.nameRequired' }).max(40, { error: 'assignment.validation.nameTooLong' }),
    en: z.string().trim().min(1, { error: 'assignment.validation.nameRequired' }).max(60, { error: 'assignment.validation.nameTooLong' }),
  })
  .strict();
export type BilingualName = z.infer<typeof BilingualNameSchema>;

export const AssignmentRuleSchema = z.object({ id, name: BilingualNameSchema, match: RuleMatchSchema, target: RuleTargetSchema }).strict();
export type AssignmentRule = z.infer<typeof AssignmentRuleSchema>;

/** Where a complaint of a branch goes when no rule matches it. */
export const BranchFallbackSchema = z.object({ branchId: uuid, target: TeamTargetSchema }).strict();
export type BranchFallback = z.infer<typeof BranchFallbackSchema>;

/** The organisation's rules, in order (the first matching wins), and one fallback per branch at most. */
export const AssignmentRulesSchema = z
  .object({
    rules: z.array(AssignmentRuleSchema).max(200, { error: 'assignment.validation.tooMany' }),
    fallbacks: z.array(BranchFallbackSchema).max(100),
  })
  .strict()
  .refine((r) => new Set(r.rules.map((rule) => rule.id)).size === r.rules.length, { error: 'assignment.validation.duplicateId' })
  .refine((r) => new Set(r.fallbacks.map((f) => f.branchId)).size === r.fallbacks.length, { error: 'assignment.validation.duplicateFallback' });
export type AssignmentRules = z.infer<typeof AssignmentRulesSchema>;

/** No rules: every complaint stays with whoever took it, as before rules existed. */
export const NO_ASSIGNMENT_RULES: AssignmentRules = { rules: [], fallbacks: [] };

/** The teams and branches a rule set names (the server checks they exist). */
export function unitsNamedBy(rules: AssignmentRules): { teamIds: string[]; branchIds: string[] } {
  const targets = [...rules.rules.map((r) => r.target), ...rules.fallbacks.map((f) => f.target)];
  return {
    teamIds: [...new Set(targets.flatMap((t) => (t.kind === 'team' ? [t.teamId] : [])))],
    branchIds: [...new Set([...rules.fallbacks.map((f) => f.branchId), ...rules.rules.flatMap((r) => r.match.branchIds ?? [])])],
  };
}
