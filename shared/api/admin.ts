import { z } from 'zod';
import { OkAnswerSchema } from '../org/errors';
import { BranchListSchema, BranchSchema, CreateBranchInputSchema, CreateTeamInputSchema, TeamListSchema, TeamSchema, UpdateTeamInputSchema } from '../org/organisation';
import { OrgSettingsInputSchema, OrgSettingsSchema } from '../org/org-settings-schema';
import { CreateUserInputSchema, EntityIdSchema, ResetPasswordInputSchema, UpdateUserInputSchema, UserListSchema, UserSchema } from '../org/user';

/** Minutes without activity before the desk locks. */
export const IdleLockSettingSchema = z
  .object({
    minutes: z
      .number({ error: 'validation.idleLock.minutes' })
      .int({ error: 'validation.idleLock.minutes' })
      .min(1, { error: 'validation.idleLock.minutes' })
      .max(240, { error: 'validation.idleLock.minutes' }),
  })
  .strict();
export type IdleLockSetting = z.infer<typeof IdleLockSettingSchema>;
export const DEFAULT_IDLE_LOCK_MINUTES = 15;

/**
 * Administration through the company server (online only). The desk checks the role first; the
 * server checks it again and scopes a lead's lists to the lead's own team.
 */
export const adminCalls = {
  'admin.users.list': { input: z.object({}), output: UserListSchema, access: ['admin', 'lead'] },
  'admin.users.create': { input: CreateUserInputSchema, output: UserSchema, access: ['admin'] },
  /** Rename, move team, change role, deactivate (`active: false`, which ends the person's sessions) or reactivate. */
  'admin.users.update': {
    input: z.object({ id: EntityIdSchema, changes: UpdateUserInputSchema }).strict(),
    output: UserSchema,
    access: ['admin'],
  },
  'admin.users.resetPassword': {
    input: z.object({ id: EntityIdSchema, ...ResetPasswordInputSchema.shape }).strict(),
    output: OkAnswerSchema,
    access: ['admin'],
  },
  'admin.branches.list': { input: z.object({}), output: BranchListSchema, access: ['admin', 'lead'] },
  'admin.branches.create': { input: CreateBranchInputSchema, output: BranchSchema, access: ['admin'] },
  'admin.teams.list': { input: z.object({}), output: TeamListSchema, access: ['admin', 'lead'] },
  'admin.teams.create': { input: CreateTeamInputSchema, output: TeamSchema, access: ['admin'] },
  'admin.teams.update': {
    input: z.object({ id: EntityIdSchema, changes: UpdateTeamInputSchema }).strict(),
    output: TeamSchema,
    access: ['admin'],
  },
  /** The organisation's settings as this desk cached them (null before the first online sign-in). */
  'org.settings.get': { input: z.object({}), output: z.object({ settings: OrgSettingsSchema.nullable() }), access: 'signedIn' },
  /** Fetch them from the server now and refresh the cache. */
  'org.settings.refresh': { input: z.object({}), output: z.object({ settings: OrgSettingsSchema }), access: 'signedIn' },
  /** Replace them on the server (deadlines, phrase book, extra subtypes); the cache follows. */
  'org.settings.set': { input: OrgSettingsInputSchema, output: OrgSettingsSchema, access: ['admin'] },
  'settings.idleLock.get': { input: z.object({}), output: IdleLockSettingSchema, access: 'signedIn' },
  'settings.idleLock.set': { input: IdleLockSettingSchema, output: IdleLockSettingSchema, access: ['admin'] },
} as const;
