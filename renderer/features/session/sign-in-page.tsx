import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Form, Input } from 'antd';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ServerStatus } from '../../../shared/api/server-link';
import { SignInInputSchema, type SignInInput } from '../../../shared/api/session';
import { useDeskMutation } from '../../api/hooks';
import { applyApiIssues } from '../../forms/apply-api-issues';
import { FormField } from '../../forms/form-field';
import { CenteredCard } from './centered-card';
import { ServerStateNote } from './server-state-note';

/** Start of shift: 工号 and password. Who the person is (name, role, team) comes from the server. */
export function SignInPage({ status, onChangeServer }: { status: ServerStatus | undefined; onChangeServer: () => void }) {
  const { t } = useTranslation();
  const signIn = useDeskMutation('session.signIn');
  const form = useForm<SignInInput>({ resolver: zodResolver(SignInInputSchema), defaultValues: { employeeNo: '', password: '' } });
  const submit = form.handleSubmit((values) =>
    signIn.mutate(values, { onError: (error) => applyApiIssues(error.body, form.setError) }),
  );
  const error = signIn.error?.body;
  return (
    <CenteredCard hint={t('accounts.signIn.hint')} testId="sign-in-page">
      <ServerStateNote status={status} />
      {error && !error.issues && (
        <Alert type="error" showIcon title={t(error.messageKey, error.params)} style={{ marginBottom: 12 }} role="alert" />
      )}
      <Form layout="vertical" component="div">
        <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('accounts.signIn.title')}>
          <FormField label={t('session.employeeNo')} error={form.formState.errors.employeeNo} required htmlFor="employee-no">
            <Controller
              control={form.control}
              name="employeeNo"
              render={({ field }) => <Input id="employee-no" autoFocus autoComplete="username" {...field} />}
            />
          </FormField>
          <FormField label={t('accounts.signIn.password')} error={form.formState.errors.password} required htmlFor="password">
            <Controller
              control={form.control}
              name="password"
              render={({ field }) => <Input.Password id="password" autoComplete="current-password" {...field} />}
            />
          </FormField>
          <Button type="primary" htmlType="submit" block loading={signIn.isPending}>
            {t('accounts.signIn.submit')}
          </Button>
          <Button type="link" block onClick={onChangeServer} style={{ marginTop: 8 }}>
            {t('accounts.signIn.changeServer')}
          </Button>
        </form>
      </Form>
    </CenteredCard>
  );
}
