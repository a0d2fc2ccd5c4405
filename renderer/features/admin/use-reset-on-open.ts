import { useEffect } from 'react';

/** Each time a dialog opens: the form starts from `values` and the last refusal is forgotten. */
export function useResetOnOpen<T>(open: boolean, values: T | null, resetForm: (values: T) => void, resetMutation: () => void): void {
  useEffect(() => {
    if (open && values !== null) {
      resetForm(values);
      resetMutation();
    }
  }, [open, values, resetForm, resetMutation]);
}
