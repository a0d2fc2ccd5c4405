import { z } from 'zod';
import { isJsonDepthWithin } from '../domain/json-depth';

/** A draft's JSON may not grow past this many characters: an intake form typed by hand is a few thousand. */
export const MAX_DRAFT_CHARS = 64_000;

/** Which form a draft belongs to; only the intake autosaves today. */
export const DRAFT_FORMS = ['intake'] as const;

/** A form is a few levels deep (fields, lists, a nested object or two); SQLite's JSON refuses depth 1000. */
export const MAX_DRAFT_DEPTH = 16;

/**
 * The form values exactly as typed: any shape (half-filled, invalid); only its depth and size are
 * checked, depth first and without recursion, so a hostile nesting cannot overflow the stack.
 */
export const DraftPayloadSchema = z
  .record(z.string(), z.unknown(), { error: 'validation.draftPayload.invalid' })
  .superRefine((payload, context) => {
    if (!isJsonDepthWithin(payload, MAX_DRAFT_DEPTH) || JSON.stringify(payload).length > MAX_DRAFT_CHARS) {
      context.addIssue({ code: 'custom', message: 'validation.draftPayload.tooLarge' });
    }
  });

export const DraftSchema = z.object({
  /** Made by the UI when the form opens, so every autosave of that form writes the same row. */
  id: z.string(),
  form: z.enum(DRAFT_FORMS),
  payload: z.record(z.string(), z.unknown()),
  /** The call the form was opened for, if any: saving the complaint links it. */
  callId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Draft = z.infer<typeof DraftSchema>;

const draftId = z
  .string({ error: 'validation.draftId.required' })
  .trim()
  .regex(/^[A-Za-z0-9-]{8,64}$/, { error: 'validation.draftId.invalid' });

export const draftCalls = {
  /** Autosave: create or overwrite the agent's draft with the form as typed (debounced by the UI). */
  'drafts.save': {
    input: z.object({
      id: draftId,
      form: z.enum(DRAFT_FORMS).optional().default('intake'),
      payload: DraftPayloadSchema,
      callId: z.string().trim().min(1).max(250).nullable().optional().default(null),
    }),
    output: DraftSchema,
    access: 'signedIn',
  },
  /** The signed-in agent's unsaved drafts of a form, newest first: what to restore after a crash or restart. */
  'drafts.latest': {
    input: z.object({ form: z.enum(DRAFT_FORMS).optional().default('intake') }),
    output: z.array(DraftSchema),
    access: 'signedIn',
  },
  /** Throw a draft away (the agent chose "discard"); discarding a missing draft is not an error. */
  'drafts.discard': { input: z.object({ id: draftId }), output: z.object({}), access: 'signedIn' },
} as const;
