import { z } from 'zod';
import { EntityIdSchema } from './user';

const OrgUnitNameSchema = z
  .string({ error: 'validation.name.required' })
  .trim()
  .min(1, { error: 'validation.name.required' })
  .max(60, { error: 'validation.name.tooLong' });

/** 分支机构. */
export const BranchSchema = z.object({ id: EntityIdSchema, name: z.string() }).strict();
export type Branch = z.infer<typeof BranchSchema>;
export const BranchListSchema = z.object({ branches: z.array(BranchSchema) }).strict();
export type BranchList = z.infer<typeof BranchListSchema>;

export const CreateBranchInputSchema = z.object({ name: OrgUnitNameSchema }).strict();
export type CreateBranchInput = z.infer<typeof CreateBranchInputSchema>;

/** A team in a branch; a lead leads at most one team. */
export const TeamSchema = z
  .object({
    id: EntityIdSchema,
    name: z.string(),
    branchId: EntityIdSchema,
    branchName: z.string(),
    leadId: EntityIdSchema.nullable(),
  })
  .strict();
export type Team = z.infer<typeof TeamSchema>;
export const TeamListSchema = z.object({ teams: z.array(TeamSchema) }).strict();
export type TeamList = z.infer<typeof TeamListSchema>;

/** POST /teams (admin). `leadId` must be a user whose role is lead; the lead joins the team. */
export const CreateTeamInputSchema = z
  .object({ name: OrgUnitNameSchema, branchId: EntityIdSchema, leadId: EntityIdSchema.nullable().optional() })
  .strict();
export type CreateTeamInput = z.infer<typeof CreateTeamInputSchema>;

/** PATCH /teams/:id (admin). */
export const UpdateTeamInputSchema = z
  .object({
    name: OrgUnitNameSchema.optional(),
    branchId: EntityIdSchema.optional(),
    leadId: EntityIdSchema.nullable().optional(),
  })
  .strict()
  .refine((input) => Object.keys(input).length > 0, { error: 'validation.update.empty' });
export type UpdateTeamInput = z.infer<typeof UpdateTeamInputSchema>;
