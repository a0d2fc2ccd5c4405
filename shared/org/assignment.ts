import { z } from 'zod';
import { AvailabilitySchema, AVAILABILITY_STATES, MAX_OPEN_CAP } from '../domain/assignment/availability';
import { SkillSchema } from '../domain/assignment/assignment-rules';

export { AssignmentRulesSchema, type AssignmentRules } from '../domain/assignment/assignment-rules';
export { MacrosSchema, type Macro } from '../domain/macros/macro';

/** One person's availability as GET /availability lists it: who, their team, state, cap, skills and open complaints now. */
export const AvailabilityEntrySchema = AvailabilitySchema.extend({
  userId: z.string(),
  employeeNo: z.string(),
  name: z.string(),
  teamId: z.string().nullable(),
  openCount: z.number().int().nonnegative(),
}).strict();
export type AvailabilityEntry = z.infer<typeof AvailabilityEntrySchema>;
export const AvailabilityListSchema = z.array(AvailabilityEntrySchema);

/**
 * PUT /availability/:id: what changes (at least one field). A person sets their own state; their team's lead
 * (and an admin) also the cap and the skills.
 */
export const AvailabilityUpdateSchema = z
  .object({
    state: z.enum(AVAILABILITY_STATES, { error: 'assignment.validation.state' }).optional(),
    cap: z.number().int().min(0).max(MAX_OPEN_CAP).nullable().optional(),
    skills: z.array(SkillSchema).max(30).optional(),
  })
  .strict()
  .refine((u) => u.state !== undefined || u.cap !== undefined || u.skills !== undefined, { error: 'assignment.validation.nothingToChange' });
export type AvailabilityUpdate = z.infer<typeof AvailabilityUpdateSchema>;
