import { z } from 'zod';
import { EmployeeNoSchema, PasswordSchema, ProfileSchema } from './user';

export const ACCESS_TOKEN_MINUTES = 15;
export const REFRESH_TOKEN_DAYS = 30;

/** The desk's own id (a UUID it makes once); the first sign-in binds it to that user and device. */
export const ClientIdSchema = z.uuid({ error: 'validation.clientId.invalid' });

const tokenText = z
  .string({ error: 'validation.token.required' })
  .min(1, { error: 'validation.token.required' })
  .max(512, { error: 'validation.token.invalid' });

/** POST /auth/login. The password is only checked for presence and size here: a wrong one is a 401. */
export const LoginInputSchema = z
  .object({
    employeeNo: EmployeeNoSchema,
    password: z
      .string({ error: 'validation.password.required' })
      .min(1, { error: 'validation.password.required' })
      .max(128, { error: 'validation.password.tooLong' }),
    clientId: ClientIdSchema,
    deviceName: z
      .string({ error: 'validation.deviceName.required' })
      .trim()
      .min(1, { error: 'validation.deviceName.required' })
      .max(100, { error: 'validation.deviceName.tooLong' }),
  })
  .strict();
export type LoginInput = z.infer<typeof LoginInputSchema>;

/** POST /auth/refresh: the refresh token is rotated; presenting an already rotated one revokes its family. */
export const RefreshInputSchema = z.object({ refreshToken: tokenText, clientId: ClientIdSchema }).strict();
export type RefreshInput = z.infer<typeof RefreshInputSchema>;

/** POST /auth/logout. */
export const LogoutInputSchema = z.object({ refreshToken: tokenText }).strict();
export type LogoutInput = z.infer<typeof LogoutInputSchema>;

/** POST /me/password: revokes the user's other sessions. */
export const ChangePasswordInputSchema = z
  .object({
    currentPassword: z
      .string({ error: 'validation.password.required' })
      .min(1, { error: 'validation.password.required' })
      .max(128, { error: 'validation.password.tooLong' }),
    newPassword: PasswordSchema,
  })
  .strict();
export type ChangePasswordInput = z.infer<typeof ChangePasswordInputSchema>;

export const SessionSchema = z
  .object({
    /** Send as `Authorization: Bearer <accessToken>`; lives ACCESS_TOKEN_MINUTES. */
    accessToken: z.string(),
    accessExpiresAt: z.string(),
    /** Opaque; lives REFRESH_TOKEN_DAYS and is replaced by every refresh. */
    refreshToken: z.string(),
    refreshExpiresAt: z.string(),
    profile: ProfileSchema,
  })
  .strict();
export type Session = z.infer<typeof SessionSchema>;
