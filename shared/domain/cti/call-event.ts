/** Who dialled: 'in' = the customer called the desk, 'out' = the agent called the customer. */
export const CALL_DIRECTIONS = ['in', 'out'] as const;
export type CallDirection = (typeof CALL_DIRECTIONS)[number];

/** Why a call ended, exactly as Zammad's generic CTI names the causes. */
export const HANGUP_CAUSES = ['normalClearing', 'busy', 'cancel', 'noAnswer', 'congestion', 'notFound', 'forwarded'] as const;
export type HangupCause = (typeof HANGUP_CAUSES)[number];

/** Which way the event came in: the loopback HTTP endpoint, a complaintdesk:// URL, or the command line. */
export type CallEventSource = 'http' | 'url' | 'argv';

interface CallEventBase {
  direction: CallDirection;
  /** The calling number as the softphone sent it (may be "anonymous"). */
  from: string;
  /** The called number; empty when the softphone did not say. */
  to: string;
  /** The agents the event names (Zammad's user / user[]); empty means "whoever is at this desk". */
  users: string[];
  source: CallEventSource;
}

/**
 * A new call reached the desk's softphone (Zammad's newCall). The direction says who dialled;
 * only an inbound one pops the intake. callId is null when a URL or the command line gave none.
 */
export interface IncomingCallEvent extends CallEventBase {
  kind: 'incoming';
  callId: string | null;
  queue: string | null;
}

/** Somebody picked up (Zammad's answer); answeringNumber names who, when the PBX knows. */
export interface CallAnsweredEvent extends CallEventBase {
  kind: 'answered';
  callId: string;
  answeringNumber: string | null;
}

/** The call ended (Zammad's hangup). */
export interface CallHungUpEvent extends CallEventBase {
  kind: 'hungUp';
  callId: string;
  /** Null when the PBX did not say (Zammad's hangup may carry only the call id and direction). */
  cause: HangupCause | null;
  answeringNumber: string | null;
}

/** The one event every softphone path turns into. */
export type CallEvent = IncomingCallEvent | CallAnsweredEvent | CallHungUpEvent;

/** The customer's side of the call: the caller on an inbound call, the callee on an outbound one. */
export function customerNumber(event: Pick<CallEvent, 'direction' | 'from' | 'to'>): string {
  return event.direction === 'in' ? event.from : event.to;
}

/** Whether a call the event names (by 工号 or name) is for this agent; a call naming nobody is for everyone. */
export function isCallForAgent(users: readonly string[], agent: { id: string; name: string }): boolean {
  if (users.length === 0) return true;
  const mine = [agent.id, agent.name].map((s) => s.trim().toLowerCase());
  return users.some((user) => mine.includes(user.trim().toLowerCase()));
}
