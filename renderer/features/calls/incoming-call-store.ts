import { create } from 'zustand';
import type { EventPayload } from '../../../shared/api/events';
import type { CallRecord } from '../../../shared/api/calls';

export type IncomingCall = EventPayload<'call.incoming'>;

interface IncomingCallState {
  /** Calls announced while the agent was typing, newest first: each waits for the agent to switch to it. */
  waiting: IncomingCall[];
  announce(incoming: IncomingCall): void;
  /** A softphone update (answered, hung up) of a waiting call. */
  update(call: CallRecord): void;
  remove(callId: string): void;
}

export const useIncomingCallStore = create<IncomingCallState>((set) => ({
  waiting: [],
  announce: (incoming) => set((state) => ({ waiting: [incoming, ...state.waiting.filter((w) => w.call.id !== incoming.call.id)] })),
  update: (call) =>
    set((state) => (state.waiting.some((w) => w.call.id === call.id) ? { waiting: state.waiting.map((w) => (w.call.id === call.id ? { ...w, call } : w)) } : state)),
  remove: (callId) => set((state) => ({ waiting: state.waiting.filter((w) => w.call.id !== callId) })),
}));
