import { z } from 'zod';
import { DialUrlTemplateSchema } from '../domain/cti/dial-url';

/** Ports below 1024 need privileges the desk does not have. */
export const CtiPortSchema = z
  .number({ error: 'validation.ctiPort.invalid' })
  .int({ error: 'validation.ctiPort.invalid' })
  .min(1024, { error: 'validation.ctiPort.invalid' })
  .max(65535, { error: 'validation.ctiPort.invalid' });

/** What the settings page shows so an admin can point a softphone at this desk. */
export const CtiSettingsSchema = z.object({
  port: z.number().int(),
  /** Where the endpoint really listens now; null when it could not start (e.g. another program holds the port). */
  listeningPort: z.number().int().nullable(),
  /** The port the endpoint failed to take because another program holds it; then endpointUrl and curlExample are empty. */
  downPort: z.number().int().nullable(),
  token: z.string(),
  /** POST Zammad-shaped JSON here (loopback only); empty while the endpoint is down. */
  endpointUrl: z.string(),
  /** Lines for MicroSIP's microsip.ini ([Settings] section). */
  microsipSnippet: z.string(),
  /** The URL a URL-only softphone opens on an incoming call, with its placeholders. */
  urlSnippet: z.string(),
  /** A curl command that fakes an incoming call, to test the set-up. */
  curlExample: z.string(),
  /** Click-to-dial: the URL the softphone dials, `{phone}` for the number (e.g. `sip:{phone}`); empty: no dial link. */
  dialUrlTemplate: z.string().default(''),
});
export type CtiSettings = z.infer<typeof CtiSettingsSchema>;

export const ctiCalls = {
  'cti.settings': { input: z.object({}), output: CtiSettingsSchema, access: 'signedIn' },
  /**
   * Move the endpoint to another port and/or make a new token (the old one stops working at once).
   * Any signed-in agent: it configures this desk's own softphone link, nothing shared.
   */
  'cti.updateSettings': {
    input: z.object({ port: CtiPortSchema.optional(), regenerateToken: z.boolean().optional().default(false), dialUrlTemplate: DialUrlTemplateSchema.optional() }),
    output: CtiSettingsSchema,
    access: 'signedIn',
  },
} as const;
