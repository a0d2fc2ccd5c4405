import { zodResolver } from '@hookform/resolvers/zod';
import { App } from 'antd';
import { useEffect } from 'react';
import { useForm, type DefaultValues, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { mayCall, type CallInput, type CallName } from '../../../shared/api/contract';
import type { Agent } from '../../../shared/api/session';
import { useDeskMutation, useDeskQuery } from '../../api/hooks';
import { applyApiIssues } from '../../forms/apply-api-issues';

/**
 * A settings card's form: loads the value with `getCall`, saves with `setCall` (whose access decides
 * who may edit), shows `savedKey` on success and each refusal beside its field.
 */
export function useSettingForm<T extends FieldValues, I extends FieldValues = T>(agent: Agent, getCall: CallName, setCall: CallName, schema: z.ZodType<T, I>, savedKey: string) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const current = useDeskQuery(getCall, {} as CallInput<typeof getCall>);
  const save = useDeskMutation(setCall);
  const editable = mayCall(setCall, agent);
  const form = useForm<I, unknown, T>({ resolver: zodResolver(schema) });
  const { reset } = form;
  useEffect(() => {
    if (current.data) reset(current.data as DefaultValues<I>);
  }, [current.data, reset]);
  const submit = form.handleSubmit((values) =>
    save.mutate(values as CallInput<typeof setCall>, {
      onSuccess: () => void message.success(t(savedKey)),
      onError: (error) => applyApiIssues(error.body, form.setError),
    }),
  );
  return { form, submit, saving: save.isPending, editable };
}
