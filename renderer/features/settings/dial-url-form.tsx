import { zodResolver } from '@hookform/resolvers/zod';
import { App, Button, Input, Space, Typography } from 'antd';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { DialUrlTemplateSchema } from '../../../shared/domain/cti/dial-url';
import { useDeskMutation } from '../../api/hooks';
import { applyApiIssues } from '../../forms/apply-api-issues';

const DialForm = z.object({ dialUrlTemplate: DialUrlTemplateSchema });
type DialValues = z.infer<typeof DialForm>;

/** Click-to-dial's link template for this desk's softphone (`sip:{phone}`); empty: the 回访 shows the number only. */
export function DialUrlForm({ template }: { template: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const update = useDeskMutation('cti.updateSettings');
  const form = useForm<DialValues>({ resolver: zodResolver(DialForm), defaultValues: { dialUrlTemplate: template } });
  const error = form.formState.errors.dialUrlTemplate;
  const apply = form.handleSubmit((values) =>
    update.mutate(values, {
      onSuccess: () => void message.success(t('cti.settings.dialUrlSaved')),
      onError: (e) => applyApiIssues(e.body, form.setError),
    }),
  );
  return (
    <Space direction="vertical" size={4}>
      <Space>
        <Controller
          control={form.control}
          name="dialUrlTemplate"
          render={({ field }) => (
            <Input
              id="cti-dial-url"
              data-testid="cti-dial-url"
              aria-label={t('cti.settings.dialUrl')}
              aria-invalid={!!error}
              status={error ? 'error' : undefined}
              placeholder="sip:{phone}"
              style={{ width: 240 }}
              {...field}
            />
          )}
        />
        <Button onClick={apply} loading={update.isPending} data-testid="cti-dial-url-save">
          {t('cti.settings.dialUrlSave')}
        </Button>
      </Space>
      <Typography.Text type="secondary">{t('cti.settings.dialUrlHint')}</Typography.Text>
      {error?.message && (
        <Typography.Text type="danger" role="alert">
          {t(error.message)}
        </Typography.Text>
      )}
    </Space>
  );
}
