import { z } from 'zod';

export const SERVER_SERVICE_NAME = 'complaint-desk-server';

/** GET /health: what the desk's "check the address" call expects back. */
export const HealthSchema = z
  .object({ service: z.literal(SERVER_SERVICE_NAME), version: z.string(), time: z.string() })
  .strict();
export type Health = z.infer<typeof HealthSchema>;
