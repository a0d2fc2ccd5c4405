import { z } from 'zod';

/**
 * The codes a server error answers with, and the HTTP status each goes with. The desk maps `code`
 * (and each `fields[].code`) to its own translated message.
 */
export const ORG_ERROR_STATUS = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  deactivated: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
} as const;
export type OrgErrorCode = keyof typeof ORG_ERROR_STATUS;
export const ORG_ERROR_CODES = Object.keys(ORG_ERROR_STATUS) as [OrgErrorCode, ...OrgErrorCode[]];

/**
 * One refused field: its dotted path in the body (`deadlines.complexDays`, `phrases.fraud.en.0`) and
 * a code — the schema's own key where it has one (`validation.password.tooShort`), else zod's issue
 * code (`invalid_type`, `unrecognized_keys`, …), or a server code such as `taken` / `not_found`.
 */
export const OrgFieldIssueSchema = z.object({ path: z.string(), code: z.string() }).strict();
export type OrgFieldIssue = z.infer<typeof OrgFieldIssueSchema>;

export const OrgErrorBodySchema = z
  .object({
    error: z
      .object({
        code: z.enum(ORG_ERROR_CODES),
        /** English, for logs and operators; the desk shows its own text for `code`. */
        message: z.string(),
        fields: z.array(OrgFieldIssueSchema).optional(),
        /** Only with `rate_limited`; the same number as the Retry-After header. */
        retryAfterSeconds: z.number().int().positive().optional(),
      })
      .strict(),
  })
  .strict();
export type OrgErrorBody = z.infer<typeof OrgErrorBodySchema>;

/** The answer of calls that only confirm (`logout`, password changes). */
export const OkAnswerSchema = z.object({ ok: z.literal(true) }).strict();
export type OkAnswer = z.infer<typeof OkAnswerSchema>;
