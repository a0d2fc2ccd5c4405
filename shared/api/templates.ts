import { z } from 'zod';
import { ReplyTemplatesSchema } from '../domain/templates/reply-templates';

const TemplatesResultSchema = z.object({ templates: ReplyTemplatesSchema, source: z.enum(['organisation', 'desk', 'defaults']) });

export const templateCalls = {
  /** The reply templates in force and where they come from. */
  'templates.get': { input: z.object({}), output: TemplatesResultSchema, access: 'signedIn' },
  /** Replace the organisation's templates: on the server, with its settings (online only). */
  'templates.set': { input: z.object({ templates: ReplyTemplatesSchema }), output: TemplatesResultSchema, access: ['admin'] },
} as const;
