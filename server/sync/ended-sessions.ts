import type { Actor } from '../services/access';

/**
 * Sessions that just ended on the server (sign-out, deactivation, password reset or change): the poke
 * streams opened with them are closed at once, in this process and, through the relay, in every other.
 * `userId` ends all of that person's sessions but `exceptSessionId` (the one changing its own password).
 */
export type EndedSessions = { sessionId: string } | { userId: string; exceptSessionId?: string | null };

/** Was the stream of this session ended by it? */
export function endsStreamOf(ended: EndedSessions, stream: Pick<Actor, 'userId' | 'sessionId'>): boolean {
  if ('sessionId' in ended) return ended.sessionId === stream.sessionId;
  return ended.userId === stream.userId && ended.exceptSessionId !== stream.sessionId;
}

/** A relay notice's `ended` as sent by another process; anything else is not one. */
export function endedSessionsOf(value: unknown): EndedSessions | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.sessionId === 'string') return { sessionId: v.sessionId };
  if (typeof v.userId === 'string') {
    return { userId: v.userId, exceptSessionId: typeof v.exceptSessionId === 'string' ? v.exceptSessionId : null };
  }
  return null;
}
