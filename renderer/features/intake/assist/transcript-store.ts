import { create } from 'zustand';

interface TranscriptState {
  finals: string[];
  partial: string;
  running: boolean;
  add(segment: { text: string; final: boolean } | null, running: boolean): void;
  clear(): void;
}

/** The live transcript of this intake's call: final segments kept, the partial one replaced by the next. */
export const useTranscript = create<TranscriptState>((set) => ({
  finals: [],
  partial: '',
  running: false,
  add: (segment, running) =>
    set((state) =>
      segment === null
        ? { running, partial: '' }
        : segment.final
          ? { running, finals: [...state.finals, segment.text], partial: '' }
          : { running, partial: segment.text },
    ),
  clear: () => set({ finals: [], partial: '', running: false }),
}));

/** What the transcript has said so far, as one text. */
export const transcriptText = (state: Pick<TranscriptState, 'finals' | 'partial'>) => [...state.finals, state.partial].filter(Boolean).join('\n');
