import { z } from 'zod';

/** Everything the desk pushes to the UI without being asked. */
export const events = {
  /** A complaint was created or changed; lists and open pages refresh it. */
  'complaints.changed': z.object({ id: z.string() }),
} as const;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;
