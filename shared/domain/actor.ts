import { z } from 'zod';

export const ROLES = ['agent', 'lead', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who did something, as records keep it: the agent's 工号 (employee number) and name. */
export const ActorRefSchema = z.object({ id: z.string(), name: z.string() });
export type ActorRef = z.infer<typeof ActorRefSchema>;

/** Who is acting now: a person with a role the rules check. */
export const ActorSchema = ActorRefSchema.extend({ role: z.enum(ROLES) });
export type Actor = z.infer<typeof ActorSchema>;

/**
 * Team leads and admins: the roles the team, report and review calls admit (their `access` in shared/api).
 * What each role may do is shared/domain/capabilities.ts.
 */
export const SUPERVISOR_ROLES = ['lead', 'admin'] as const satisfies readonly Role[];
