import { z } from 'zod';

/** Where the desk's company server is, and whether it answers. */
export const ServerStatusSchema = z.object({
  url: z.string().nullable(),
  /** A company CA is trusted for this server besides the system's roots. */
  caTrusted: z.boolean(),
  /** Whether the server answered just now (null: no address yet). */
  online: z.boolean().nullable(),
  /** When the desk last got an answer from the server (ISO), or null if never. */
  lastReachedAt: z.string().nullable(),
});
export type ServerStatus = z.infer<typeof ServerStatusSchema>;

export const SetServerAddressSchema = z
  .object({
    url: z
      .string({ error: 'validation.serverAddress.required' })
      .trim()
      .min(1, { error: 'validation.serverAddress.required' })
      .max(500, { error: 'validation.serverAddress.invalid' }),
    /** A company CA: pasted PEM, or the path of a PEM file on this computer; null trusts only the system's roots. */
    ca: z.string().trim().max(64 * 1024, { error: 'validation.serverAddress.caInvalid' }).nullable().default(null),
  })
  .strict();
export type SetServerAddressInput = z.input<typeof SetServerAddressSchema>;

export const serverLinkCalls = {
  /** The server address and whether it answers now; the sign-in page shows it (offline, last reached). */
  'server.status': { input: z.object({}), output: ServerStatusSchema, access: 'public' },
  /** Check an address (GET /health) and keep it: first run, or an admin moving the desk to another server. */
  'server.setAddress': { input: SetServerAddressSchema, output: ServerStatusSchema, access: 'public' },
} as const;
