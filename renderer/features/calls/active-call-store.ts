import { create } from 'zustand';
import type { CallRecord } from '../../../shared/api/calls';

interface ActiveCallState {
  /** The call this desk is on (or was last on), for the top-bar timer; UI state only, the desk keeps the record. */
  call: CallRecord | null;
  /** Calls the agent left for later (Alt+L): the top bar does not show them, not even from the calls list. */
  left: string[];
  show(call: CallRecord): void;
  /** A softphone update: only the call shown is replaced, any other call is ignored. */
  update(call: CallRecord): void;
  /** The agent left this call for later: it is no longer the current one. */
  leave(callId: string): void;
}

export const useActiveCallStore = create<ActiveCallState>((set) => ({
  call: null,
  left: [],
  show: (call) => set((state) => ({ call, left: state.left.filter((id) => id !== call.id) })),
  update: (call) => set((state) => (state.call?.id === call.id ? { call } : state)),
  leave: (callId) => set((state) => ({ call: state.call?.id === callId ? null : state.call, left: [...state.left.filter((id) => id !== callId), callId].slice(-20) })),
}));
