import { z } from 'zod';
import { ROLES } from '../domain/actor';
import { personInput } from '../domain/fields';

/** The agent on shift at this desk: name and 工号. */
export const AgentSchema = personInput('employeeNo', 'agentName').extend({ role: z.enum(ROLES).default('agent') });
export type Agent = z.output<typeof AgentSchema>;

export const sessionCalls = {
  /** Who is signed in at this desk, or null before the first sign-in. */
  'session.current': {
    input: z.object({}),
    output: z.object({ agent: AgentSchema.nullable() }),
    access: 'public',
  },
  /** Sign in as the agent on shift. */
  'session.signIn': { input: AgentSchema, output: AgentSchema, access: 'public' },
  /** End the shift at this desk (change agent): the next call needs a sign-in again. */
  'session.signOut': { input: z.object({}), output: z.object({ agent: z.null() }), access: 'public' },
} as const;
