import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Card, Form, Input, Layout, Radio, Typography } from 'antd';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { AgentSchema } from '../../../shared/api/session';
import { ROLES } from '../../../shared/domain/actor';
import type { z } from 'zod';
import { useDeskMutation } from '../../api/hooks';
import { applyApiIssues } from '../../forms/apply-api-issues';
import { FormField } from '../../forms/form-field';
import { LanguageSwitch } from '../../i18n/language-switch';

type SignInValues = z.input<typeof AgentSchema>;

/** Before the first complaint: who is on shift, so every record names its handler and 工号. */
export function SignInPage() {
  const { t } = useTranslation();
  const signIn = useDeskMutation('session.signIn');
  const form = useForm<SignInValues>({ resolver: zodResolver(AgentSchema), defaultValues: { name: '', id: '', role: 'agent' } });
  const submit = form.handleSubmit((values) =>
    signIn.mutate(values, { onError: (error) => applyApiIssues(error.body, form.setError) }),
  );
  return (
    <Layout style={{ minHeight: '100vh', alignItems: 'center', justifyContent: 'center' }}>
      <div style={{ position: 'absolute', top: 16, right: 20 }}>
        <LanguageSwitch />
      </div>
      <Card style={{ width: 400 }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('app.name')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('session.hint')}</Typography.Paragraph>
        {signIn.error && !signIn.error.body.issues && <Alert type="error" showIcon title={t(signIn.error.body.messageKey)} style={{ marginBottom: 12 }} />}
        <Form layout="vertical" component="div">
          <form onSubmit={submit} noValidate>
            <FormField label={t('session.name')} error={form.formState.errors.name} required htmlFor="agent-name">
              <Controller control={form.control} name="name" render={({ field }) => <Input id="agent-name" autoFocus {...field} />} />
            </FormField>
            <FormField label={t('session.employeeNo')} error={form.formState.errors.id} required htmlFor="agent-id">
              <Controller control={form.control} name="id" render={({ field }) => <Input id="agent-id" {...field} />} />
            </FormField>
            <FormField label={t('session.role')} error={form.formState.errors.role}>
              <Controller
                control={form.control}
                name="role"
                render={({ field }) => (
                  <Radio.Group
                    id="agent-role"
                    value={field.value}
                    onChange={(event) => field.onChange(event.target.value)}
                    options={ROLES.map((role) => ({ value: role, label: t(`session.roles.${role}`) }))}
                  />
                )}
              />
            </FormField>
            <Button type="primary" htmlType="submit" block loading={signIn.isPending}>
              {t('actions.signIn')}
            </Button>
          </form>
        </Form>
      </Card>
    </Layout>
  );
}
