import { useCallback, useEffect } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import type { AdvanceInput } from '../../../../shared/api/workflow';
import type { Complaint } from '../../../../shared/domain/complaint';
import { useDeskMutation } from '../../../api/hooks';
import { applyApiIssues, issuesWithin } from '../../../forms/apply-api-issues';
import { useReportUnsavedWork } from '../../../forms/unsaved-work';
import { usePermission } from '../page/complaint-permissions';

/** Ctrl+Enter anywhere on the page except inside a dialog, which has its own buttons. */
export function useCtrlEnter(action: () => void) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.key !== 'Enter') return;
      if (event.target instanceof Element && event.target.closest('.ant-modal')) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [action]);
}

/** Completes the complaint's current stage with the form's data: the button and Ctrl+Enter. */
export function useAdvance<T extends FieldValues, O>(form: UseFormReturn<T, unknown, O>, complaint: Complaint) {
  const advance = useDeskMutation('complaints.advance');
  useReportUnsavedWork('stage-form', form.formState.isDirty);
  const { allowed } = usePermission('advance');
  const { mutate } = advance;
  const submit = useCallback(() => {
    if (!allowed) return;
    void form.handleSubmit((data) =>
      mutate({ id: complaint.id, baseVersion: complaint.version, stage: complaint.stage, data } as AdvanceInput, {
        onError: (error) => applyApiIssues(issuesWithin(error.body, 'data'), form.setError),
      }),
    )();
  }, [allowed, form, mutate, complaint.id, complaint.version, complaint.stage]);
  useCtrlEnter(submit);
  return { submit, pending: advance.isPending, error: advance.error };
}
