import { Button, Card, Col, Form, InputNumber, Row, Typography } from 'antd';
import { Controller } from 'react-hook-form';
import type { z } from 'zod';
import { useTranslation } from 'react-i18next';
import type { Agent } from '../../../shared/api/session';
import { DeadlineSettingsSchema, type DeadlineSettings } from '../../../shared/domain/workflow/deadlines';
import { FormField } from '../../forms/form-field';
import { useSettingForm } from './use-setting-form';

const FIELDS = ['standardDays', 'complexDays', 'extensionDays', 'offlineWindowDays', 'suspensionApprovalDays'] as const;

/** The deadline day counts: an admin changes them, everyone else reads them. */
export function DeadlineSettingsCard({ agent }: { agent: Agent }) {
  const { t } = useTranslation();
  const { form, submit, saving, editable } = useSettingForm<DeadlineSettings, z.input<typeof DeadlineSettingsSchema>>(
    agent,
    'settings.deadlines.get',
    'settings.deadlines.set',
    DeadlineSettingsSchema,
    'deadline.settings.saved',
  );
  return (
    <Card title={t('deadline.settings.title')} size="small" data-testid="deadline-settings">
      <Typography.Paragraph type="secondary">{t('deadline.settings.hint')}</Typography.Paragraph>
      <Form layout="vertical" component="div">
        <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('deadline.settings.title')}>
          <Row gutter={12}>
            {FIELDS.map((name) => (
              <Col xs={24} md={12} xl={6} key={name}>
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
            <Button type="primary" htmlType="submit" loading={saving}>
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
