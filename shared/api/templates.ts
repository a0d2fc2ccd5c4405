import { z } from 'zod';
import { ReplyTemplatesSchema } from '../domain/templates/reply-templates';

const TemplatesResultSchema = z.object({ templates: ReplyTemplatesSchema, source: z.enum(['organisation', 'desk', 'defaults']) });

export const templateCalls = {
  /** The reply templates in force and where they come from. */
  'templates.get': { input: z.object({}), output: TemplatesResultSchema, access: 'signedIn' },
  /** Replace the desk's templates (until the organisation's settings carry them). */
  'templates.set': { input: z.object({ templates: ReplyTemplatesSchema }), output: TemplatesResultSchema, access: ['admin'] },
} as const;
