import { zodResolver } from '@hookform/resolvers/zod';
import { App, Button, Card, Col, Form, InputNumber, Row, Typography } from 'antd';
import { useEffect } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { mayCall } from '../../../shared/api/contract';
import type { Agent } from '../../../shared/api/session';
import { DeadlineSettingsSchema, type DeadlineSettings } from '../../../shared/domain/workflow/deadlines';
import { useDeskMutation, useDeskQuery } from '../../api/hooks';
import { applyApiIssues } from '../../forms/apply-api-issues';
import { FormField } from '../../forms/form-field';

const FIELDS = ['standardDays', 'complexDays', 'extensionDays'] as const;

/** The deadline day counts: an admin changes them, everyone else reads them. */
export function DeadlineSettingsCard({ agent }: { agent: Agent }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const current = useDeskQuery('settings.deadlines.get', {});
  const save = useDeskMutation('settings.deadlines.set');
  const editable = mayCall('settings.deadlines.set', agent);
  const form = useForm<DeadlineSettings>({ resolver: zodResolver(DeadlineSettingsSchema) });
  const { reset } = form;
  useEffect(() => {
    if (current.data) reset(current.data);
  }, [current.data, reset]);
  const submit = form.handleSubmit((values) =>
    save.mutate(values, {
      onSuccess: () => void message.success(t('deadline.settings.saved')),
      onError: (error) => applyApiIssues(error.body, form.setError),
    }),
  );
  return (
    <Card title={t('deadline.settings.title')} size="small" data-testid="deadline-settings">
      <Typography.Paragraph type="secondary">{t('deadline.settings.hint')}</Typography.Paragraph>
      <Form layout="vertical" component="div">
        <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('deadline.settings.title')}>
          <Row gutter={12}>
            {FIELDS.map((name) => (
              <Col span={8} key={name}>
                <FormField label={t(`deadline.settings.${name}`)} error={form.formState.errors[name]} htmlFor={`deadline-${name}`} required>
                  <Controller
                    control={form.control}
                    name={name}
                    render={({ field }) => (
                      <InputNumber id={`deadline-${name}`} min={1} max={365} precision={0} disabled={!editable} style={{ width: '100%' }} {...field} />
                    )}
                  />
                </FormField>
              </Col>
            ))}
          </Row>
          {editable ? (
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t('actions.save')}
            </Button>
          ) : (
            <Typography.Text type="secondary">{t('deadline.settings.adminOnly')}</Typography.Text>
          )}
        </form>
      </Form>
    </Card>
  );
}
