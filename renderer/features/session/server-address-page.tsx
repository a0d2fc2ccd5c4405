import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Checkbox, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SetServerAddressSchema, type SetServerAddressInput } from '../../../shared/api/server-link';
import { useDeskMutation } from '../../api/hooks';
import { applyApiIssues } from '../../forms/apply-api-issues';
import { FormField } from '../../forms/form-field';
import { CenteredCard } from './centered-card';

/** First run (or between shifts): the company server's address, checked by calling it before it is kept. */
export function ServerAddressPage({ current, onCancel }: { current: string | null; onCancel?: () => void }) {
  const { t } = useTranslation();
  const save = useDeskMutation('server.setAddress');
  const [withCa, setWithCa] = useState(false);
  const form = useForm<SetServerAddressInput>({ resolver: zodResolver(SetServerAddressSchema), defaultValues: { url: current ?? '', ca: null } });
  const submit = form.handleSubmit((values) =>
    save.mutate(
      { url: values.url, ca: withCa ? values.ca || null : null },
      { onSuccess: () => onCancel?.(), onError: (error) => applyApiIssues(error.body, form.setError) },
    ),
  );
  const generalError = save.error && !save.error.body.issues ? save.error.body.messageKey : null;
  return (
    <CenteredCard hint={t('accounts.address.hint')} testId="server-address-page">
      {generalError && <Alert type="error" showIcon title={t(generalError)} style={{ marginBottom: 12 }} />}
      <Form layout="vertical" component="div">
        <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('accounts.address.title')}>
          <FormField label={t('accounts.address.label')} error={form.formState.errors.url} required htmlFor="server-url">
            <Controller
              control={form.control}
              name="url"
              render={({ field }) => <Input id="server-url" autoFocus placeholder="https://desk.example.com" {...field} />}
            />
          </FormField>
          <div style={{ marginBottom: 16 }}>
            <Checkbox checked={withCa} onChange={(event) => setWithCa(event.target.checked)}>
              {t('accounts.address.trustCa')}
            </Checkbox>
          </div>
          {withCa && (
            <FormField label={t('accounts.address.caLabel')} error={form.formState.errors.ca} htmlFor="server-ca">
              <Controller
                control={form.control}
                name="ca"
                render={({ field }) => (
                  <Input.TextArea
                    id="server-ca"
                    rows={4}
                    placeholder={t('accounts.address.caPlaceholder')}
                    value={field.value ?? ''}
                    onChange={(event) => field.onChange(event.target.value)}
                  />
                )}
              />
            </FormField>
          )}
          <Space>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t('accounts.address.check')}
            </Button>
            {onCancel && <Button onClick={onCancel}>{t('actions.cancel')}</Button>}
          </Space>
        </form>
      </Form>
    </CenteredCard>
  );
}
