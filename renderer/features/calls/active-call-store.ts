import { create } from 'zustand';
import type { CallRecord } from '../../../shared/api/calls';

interface ActiveCallState {
  /** The call this desk is on (or was last on), for the top-bar timer; UI state only, the desk keeps the record. */
  call: CallRecord | null;
  show(call: CallRecord): void;
  /** A softphone update: only the call shown is replaced, any other call is ignored. */
  update(call: CallRecord): void;
}

export const useActiveCallStore = create<ActiveCallState>((set) => ({
  call: null,
  show: (call) => set({ call }),
  update: (call) => set((state) => (state.call?.id === call.id ? { call } : state)),
}));
