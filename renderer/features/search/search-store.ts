import { create } from 'zustand';

interface SearchState {
  open: boolean;
  /** What the agent typed; kept while the dialog is closed, so Ctrl+K brings the last search back. */
  text: string;
  /** Opened on the last search (Ctrl+K): it comes back selected, so typing replaces it; text carried in from the top bar is typed on. */
  selectOnOpen: boolean;
  openWith: (text?: string) => void;
  close: () => void;
  setText: (text: string) => void;
}

/** One search dialog for the whole app: Ctrl+K and the top bar's box both open it. */
export const useSearchStore = create<SearchState>()((set) => ({
  open: false,
  text: '',
  selectOnOpen: false,
  openWith: (text) => set((s) => ({ open: true, text: text ?? s.text, selectOnOpen: text === undefined })),
  close: () => set({ open: false }),
  setText: (text) => set({ text }),
}));
