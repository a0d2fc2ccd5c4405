import { Button, Card, Form, InputNumber, Space, Typography } from 'antd';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { IdleLockSettingSchema, type IdleLockSetting } from '../../../shared/api/admin';
import type { Agent } from '../../../shared/api/session';
import { FormField } from '../../forms/form-field';
import { useSettingForm } from './use-setting-form';

/** After how many idle minutes this desk locks: an admin sets it, everyone else sees it. */
export function IdleLockCard({ agent }: { agent: Agent }) {
  const { t } = useTranslation();
  const { form, submit, saving, editable } = useSettingForm<IdleLockSetting>(
    agent,
    'settings.idleLock.get',
    'settings.idleLock.set',
    IdleLockSettingSchema,
    'accounts.idleLock.saved',
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
              <Button type="primary" htmlType="submit" loading={saving} style={{ marginTop: 30 }}>
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
