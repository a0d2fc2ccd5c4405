import { zodResolver } from '@hookform/resolvers/zod';
import { App, Input, Typography } from 'antd';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ResetPasswordInputSchema, type ResetPasswordInput, type User } from '../../../shared/org/user';
import { useDeskMutation } from '../../api/hooks';
import { applyApiIssues } from '../../forms/apply-api-issues';
import { FormField } from '../../forms/form-field';
import { AdminDialog } from './admin-dialog';
import { useResetOnOpen } from './use-reset-on-open';

const EMPTY: ResetPasswordInput = { newPassword: '' };

/** A new password for someone who forgot theirs; their sessions on every desk end. */
export function ResetPasswordDialog({ user, onClose }: { user: User | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reset = useDeskMutation('admin.users.resetPassword');
  const form = useForm<ResetPasswordInput>({ resolver: zodResolver(ResetPasswordInputSchema), defaultValues: EMPTY });
  useResetOnOpen(user !== null, EMPTY, form.reset, reset.reset);
  const submit = form.handleSubmit((values) => {
    if (!user) return;
    reset.mutate(
      { id: user.id, ...values },
      {
        onSuccess: () => {
          void message.success(t('accounts.users.passwordReset', { name: user.name }));
          onClose();
        },
        onError: (error) => applyApiIssues(error.body, form.setError),
      },
    );
  });
  return (
    <AdminDialog
      title={t('accounts.users.resetPasswordOf', { name: user?.name ?? '' })}
      open={user !== null}
      saving={reset.isPending}
      error={reset.error}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">{t('accounts.users.resetPasswordHint')}</Typography.Paragraph>
      <FormField label={t('accounts.users.newPassword')} error={form.formState.errors.newPassword} required htmlFor="reset-password">
        <Controller control={form.control} name="newPassword" render={({ field }) => <Input.Password id="reset-password" autoFocus autoComplete="new-password" {...field} />} />
      </FormField>
    </AdminDialog>
  );
}
