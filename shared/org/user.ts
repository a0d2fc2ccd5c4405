import { z } from 'zod';
import { ROLES } from '../domain/actor';
import { EMPLOYEE_NO_PATTERN, requiredText } from '../domain/fields';

/** 工号: letters and digits, 3–20; unique in the organisation. */
export const EmployeeNoSchema = z
  .string({ error: 'validation.employeeNo.required' })
  .regex(EMPLOYEE_NO_PATTERN, { error: 'validation.employeeNo.format' });

export const PersonNameSchema = requiredText('name', 30);

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;
export const PasswordSchema = z
  .string({ error: 'validation.password.required' })
  .min(PASSWORD_MIN_LENGTH, { error: 'validation.password.tooShort' })
  .max(PASSWORD_MAX_LENGTH, { error: 'validation.password.tooLong' });

export const RoleSchema = z.enum(ROLES, { error: 'validation.role.invalid' });
export const EntityIdSchema = z.uuid({ error: 'validation.id.invalid' });

/** Who is signed in, as the server knows them; the desk never takes role or team from its sign-in form. */
export const ProfileSchema = z
  .object({
    userId: EntityIdSchema,
    employeeNo: z.string(),
    name: z.string(),
    role: RoleSchema,
    teamId: EntityIdSchema.nullable(),
    teamName: z.string().nullable(),
    branchId: EntityIdSchema.nullable(),
    branchName: z.string().nullable(),
  })
  .strict();
export type Profile = z.infer<typeof ProfileSchema>;

export const UserSchema = ProfileSchema.omit({ userId: true })
  .extend({ id: EntityIdSchema, active: z.boolean(), createdAt: z.string() })
  .strict();
export type User = z.infer<typeof UserSchema>;

export const UserListSchema = z.object({ users: z.array(UserSchema) }).strict();
export type UserList = z.infer<typeof UserListSchema>;

/** POST /users (admin). */
export const CreateUserInputSchema = z
  .object({
    employeeNo: EmployeeNoSchema,
    name: PersonNameSchema,
    role: RoleSchema,
    teamId: EntityIdSchema.nullable(),
    password: PasswordSchema,
  })
  .strict();
export type CreateUserInput = z.infer<typeof CreateUserInputSchema>;

/** PATCH /users/:id (admin): any of these; `active: false` deactivates and revokes the user's sessions. */
export const UpdateUserInputSchema = z
  .object({
    name: PersonNameSchema.optional(),
    role: RoleSchema.optional(),
    teamId: EntityIdSchema.nullable().optional(),
    active: z.boolean().optional(),
  })
  .strict()
  .refine((input) => Object.keys(input).length > 0, { error: 'validation.update.empty' });
export type UpdateUserInput = z.infer<typeof UpdateUserInputSchema>;

/** POST /users/:id/password (admin): sets a new password and revokes the user's sessions. */
export const ResetPasswordInputSchema = z.object({ newPassword: PasswordSchema }).strict();
export type ResetPasswordInput = z.infer<typeof ResetPasswordInputSchema>;

/** The `:id` of /users/:id and /teams/:id. */
export const IdParamsSchema = z.object({ id: EntityIdSchema }).strict();
