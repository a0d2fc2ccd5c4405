import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Form, Input, Space } from 'antd';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { SignInInputSchema, type Agent } from '../../../shared/api/session';
import { useDeskMutation } from '../../api/hooks';
import { applyApiIssues } from '../../forms/apply-api-issues';
import { FormField } from '../../forms/form-field';
import { CenteredCard } from './centered-card';

const UnlockSchema = z.object({ password: SignInInputSchema.shape.password });
type UnlockValues = z.infer<typeof UnlockSchema>;

/** After the idle timeout: the signed-in person's password again (checked on this desk, so it works offline). */
export function LockScreen({ agent }: { agent: Agent }) {
  const { t } = useTranslation();
  const unlock = useDeskMutation('session.unlock');
  const signOut = useDeskMutation('session.signOut');
  const form = useForm<UnlockValues>({ resolver: zodResolver(UnlockSchema), defaultValues: { password: '' } });
  const submit = form.handleSubmit((values) =>
    unlock.mutate(values, {
      onError: (error) => {
        if (!applyApiIssues(error.body, form.setError)) form.reset({ password: '' });
      },
    }),
  );
  const error = unlock.error?.body;
  return (
    <CenteredCard hint={t('accounts.lock.hint', { name: agent.name, id: agent.id })} testId="lock-screen">
      {error && !error.issues && <Alert type="error" showIcon title={t(error.messageKey)} style={{ marginBottom: 12 }} />}
      <Form layout="vertical" component="div">
        <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('accounts.lock.title')}>
          <FormField label={t('accounts.signIn.password')} error={form.formState.errors.password} required htmlFor="unlock-password">
            <Controller
              control={form.control}
              name="password"
              render={({ field }) => <Input.Password id="unlock-password" autoFocus autoComplete="current-password" {...field} />}
            />
          </FormField>
          <Space>
            <Button type="primary" htmlType="submit" loading={unlock.isPending}>
              {t('accounts.lock.unlock')}
            </Button>
            <Button onClick={() => signOut.mutate({})} loading={signOut.isPending}>
              {t('accounts.lock.signOut')}
            </Button>
          </Space>
        </form>
      </Form>
    </CenteredCard>
  );
}
