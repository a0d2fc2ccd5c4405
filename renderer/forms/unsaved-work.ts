import { useEffect } from 'react';
import { create } from 'zustand';

interface UnsavedWorkState {
  /** Which open forms hold typing that is not yet saved as what it is for (a complaint, a stage). */
  forms: Record<string, true>;
  report(form: string, unsaved: boolean): void;
}

export const useUnsavedWork = create<UnsavedWorkState>((set) => ({
  forms: {},
  report: (form, unsaved) =>
    set((state) => {
      if (Boolean(state.forms[form]) === unsaved) return state;
      const forms = { ...state.forms };
      if (unsaved) forms[form] = true;
      else delete forms[form];
      return { forms };
    }),
}));

/** Whether the agent is in the middle of typing something: then nothing may take the screen away unasked. */
export const hasUnsavedWork = () => Object.keys(useUnsavedWork.getState().forms).length > 0;

/** A form says whether it holds unsaved typing, for as long as it is on screen. */
export function useReportUnsavedWork(form: string, unsaved: boolean): void {
  const report = useUnsavedWork((s) => s.report);
  useEffect(() => {
    report(form, unsaved);
    return () => report(form, false);
  }, [form, report, unsaved]);
}
