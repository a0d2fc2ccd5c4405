import { z } from 'zod';
import { ROLES } from '../domain/actor';
import { employeeNo, personInput } from '../domain/fields';

const nullableText = z.string().nullable().optional();

/** The person signed in at this desk: 工号 (id), name and role as the company server knows them. */
export const AgentSchema = personInput('employeeNo', 'agentName').extend({
  role: z.enum(ROLES).default('agent'),
  /** The server's user id and the person's team and branch; absent for a session from before accounts. */
  userId: z.string().optional(),
  teamId: nullableText,
  teamName: nullableText,
  branchId: nullableText,
  branchName: nullableText,
});
export type Agent = z.output<typeof AgentSchema>;

/** Sign-in form: 工号 and password only; role, team and name come from the server. */
export const SignInInputSchema = z
  .object({
    employeeNo: employeeNo('employeeNo'),
    password: z
      .string({ error: 'validation.password.required' })
      .min(1, { error: 'validation.password.required' })
      .max(128, { error: 'validation.password.tooLong' }),
  })
  .strict();
export type SignInInput = z.input<typeof SignInInputSchema>;

const PasswordOnlySchema = z.object({ password: SignInInputSchema.shape.password }).strict();

export const SessionStateSchema = z.object({
  agent: AgentSchema.nullable(),
  /** Locked after the idle timeout: only unlock and sign-out are taken until the password is given again. */
  locked: z.boolean(),
  /** Signed in with the local verifier because the server could not be reached. */
  offline: z.boolean(),
});

/** The only calls a locked desk takes. */
export const CALLS_WHILE_LOCKED: readonly string[] = ['session.current', 'session.unlock', 'session.signOut', 'server.status'];

export const sessionCalls = {
  /** Who is signed in at this desk (null before the first sign-in), and whether the desk is locked. */
  'session.current': { input: z.object({}), output: SessionStateSchema, access: 'public' },
  /** Sign in with 工号 and password: against the server, or with the local verifier when it cannot be reached. */
  'session.signIn': {
    input: SignInInputSchema,
    output: z.object({ agent: AgentSchema, offline: z.boolean(), lastReachedAt: z.string().nullable() }),
    access: 'public',
  },
  /** End the shift at this desk (change agent): the next call needs a sign-in again. */
  'session.signOut': { input: z.object({}), output: z.object({ agent: z.null() }), access: 'public' },
  /** Unlock after the idle timeout with the signed-in person's password (checked locally, works offline). */
  'session.unlock': { input: PasswordOnlySchema, output: SessionStateSchema, access: 'signedIn' },
  /** The person is working (typing, clicking) without calling the desk: keeps the idle lock away. */
  'session.activity': { input: z.object({}), output: z.object({ ok: z.literal(true) }), access: 'signedIn' },
} as const;
