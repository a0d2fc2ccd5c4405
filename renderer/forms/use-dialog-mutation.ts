import type { FieldValues, UseFormReturn } from 'react-hook-form';
import type { CallInput, CallName } from '../../shared/api/contract';
import { useDeskMutation } from '../api/hooks';
import { applyApiIssues } from './apply-api-issues';

/** A dialog's save: validate the form, call the desk, put field issues beside their fields; true on success. */
export function useDialogMutation<C extends CallName, T extends FieldValues, O>(
  call: C,
  form: UseFormReturn<T, unknown, O>,
  toInput: (values: O) => CallInput<C>,
) {
  const mutation = useDeskMutation(call);
  const save = () =>
    new Promise<boolean>((resolve) => {
      void form.handleSubmit(
        async (values) => {
          try {
            await mutation.mutateAsync(toInput(values));
            form.reset();
            resolve(true);
          } catch (error) {
            const body = (error as { body?: Parameters<typeof applyApiIssues>[0] }).body;
            if (body) applyApiIssues(body, form.setError);
            resolve(false);
          }
        },
        () => resolve(false),
      )();
    });
  return { save, pending: mutation.isPending, error: mutation.error, reset: mutation.reset };
}
