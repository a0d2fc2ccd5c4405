import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { DEFAULT_LANGUAGE, type Language } from './languages';

interface LanguageState {
  language: Language;
  setLanguage: (language: Language) => void;
}

/** The UI language, remembered per desk; zh-CN until the agent switches. */
export const useLanguageStore = create<LanguageState>()(
  persist((set) => ({ language: DEFAULT_LANGUAGE, setLanguage: (language) => set({ language }) }), {
    name: 'complaint-desk.language',
  }),
);
