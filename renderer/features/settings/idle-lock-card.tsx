import { zodResolver } from '@hookform/resolvers/zod';
import { App, Button, Card, Form, InputNumber, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { IdleLockSettingSchema, type IdleLockSetting } from '../../../shared/api/admin';
import { contract } from '../../../shared/api/contract';
import type { Agent } from '../../../shared/api/session';
import { useDeskMutation, useDeskQuery } from '../../api/hooks';
import { applyApiIssues } from '../../forms/apply-api-issues';
import { FormField } from '../../forms/form-field';

/** After how many idle minutes this desk locks: an admin sets it, everyone else sees it. */
export function IdleLockCard({ agent }: { agent: Agent }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const current = useDeskQuery('settings.idleLock.get', {});
  const save = useDeskMutation('settings.idleLock.set');
  const editable = (contract['settings.idleLock.set'].access as readonly string[]).includes(agent.role);
  const form = useForm<IdleLockSetting>({ resolver: zodResolver(IdleLockSettingSchema) });
  const { reset } = form;
  useEffect(() => {
    if (current.data) reset(current.data);
  }, [current.data, reset]);
  const submit = form.handleSubmit((values) =>
    save.mutate(values, {
      onSuccess: () => void message.success(t('accounts.idleLock.saved')),
      onError: (error) => applyApiIssues(error.body, form.setError),
    }),
  );
  return (
    <Card title={t('accounts.idleLock.title')} size="small" data-testid="idle-lock-settings">
      <Typography.Paragraph type="secondary">{t('accounts.idleLock.hint')}</Typography.Paragraph>
      <Form layout="vertical" component="div">
        <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('accounts.idleLock.title')}>
          <Space align="start">
            <FormField label={t('accounts.idleLock.minutes')} error={form.formState.errors.minutes} htmlFor="idle-lock-minutes" required>
              <Controller
                control={form.control}
                name="minutes"
                render={({ field }) => <InputNumber id="idle-lock-minutes" min={1} max={240} precision={0} disabled={!editable} {...field} />}
              />
            </FormField>
            {editable ? (
              <Button type="primary" htmlType="submit" loading={save.isPending} style={{ marginTop: 30 }}>
                {t('actions.save')}
              </Button>
            ) : (
              <Typography.Text type="secondary" style={{ display: 'inline-block', marginTop: 34 }}>
                {t('accounts.idleLock.adminOnly')}
              </Typography.Text>
            )}
          </Space>
        </form>
      </Form>
    </Card>
  );
}
