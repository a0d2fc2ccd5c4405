import { z } from 'zod';
import { LETTER_KINDS } from '../domain/letters/letter-templates';
import { LetterSentSchema } from '../domain/letters/letter-sent';
import { TEMPLATE_LANGUAGES } from '../domain/templates/reply-templates';
import { WorkflowResultSchema } from './workflow';

export const letterCalls = {
  /** The notice as a PDF (base64) with its file name and hash; nothing is recorded until it is sent. */
  'letters.generate': {
    input: z.object({ complaintId: z.string().min(1), kind: z.enum(LETTER_KINDS), language: z.enum(TEMPLATE_LANGUAGES) }),
    output: z.object({ fileName: z.string(), contentBase64: z.string(), sha256: z.string() }),
    access: 'signedIn',
  },
  /** Record on the timeline that the notice was sent, how and when. */
  'letters.recordSent': {
    input: LetterSentSchema.extend({ complaintId: z.string().min(1) }),
    output: WorkflowResultSchema,
    access: 'signedIn',
  },
} as const;
