import { z } from 'zod';

export const API_ERROR_CODES = ['validation', 'refused', 'not_found', 'unauthenticated', 'forbidden', 'internal', 'offline', 'locked', 'conflict'] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** One invalid field: its path in the input and the i18n key of the message to show beside it. */
export const FieldIssueSchema = z.object({ path: z.array(z.union([z.string(), z.number()])), messageKey: z.string() });
export type FieldIssue = z.infer<typeof FieldIssueSchema>;

/** Every failed call answers with this shape, over IPC and HTTP alike. */
export const ApiErrorSchema = z.object({
  code: z.enum(API_ERROR_CODES),
  messageKey: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  issues: z.array(FieldIssueSchema).optional(),
});
export type ApiErrorBody = z.infer<typeof ApiErrorSchema>;

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };
