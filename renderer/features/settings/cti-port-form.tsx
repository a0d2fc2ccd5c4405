import { zodResolver } from '@hookform/resolvers/zod';
import { App, Button, InputNumber, Space, Tag, Typography } from 'antd';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { CtiPortSchema } from '../../../shared/api/cti';
import { useDeskMutation } from '../../api/hooks';
import { applyApiIssues } from '../../forms/apply-api-issues';

const PortForm = z.object({ port: CtiPortSchema });
type PortValues = z.infer<typeof PortForm>;

/** The configured port, editable, and whether the endpoint really listens on it. */
export function CtiPortForm({ port, listeningPort, down }: { port: number; listeningPort: number | null; down: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const update = useDeskMutation('cti.updateSettings');
  const form = useForm<PortValues>({ resolver: zodResolver(PortForm), defaultValues: { port } });
  const error = form.formState.errors.port;
  const apply = form.handleSubmit((values) =>
    update.mutate(values, {
      onSuccess: () => void message.success(t('cti.settings.portSaved', { port: values.port })),
      onError: (e) => applyApiIssues(e.body, form.setError),
    }),
  );
  return (
    <Space direction="vertical" size={4}>
      <Space>
        <Controller
          control={form.control}
          name="port"
          render={({ field }) => (
            <InputNumber id="cti-port" aria-label={t('cti.settings.port')} aria-invalid={!!error} status={error ? 'error' : undefined} value={field.value} onChange={(v) => field.onChange(v ?? undefined)} onBlur={field.onBlur} />
          )}
        />
        <Button onClick={apply} loading={update.isPending}>
          {t('cti.settings.apply')}
        </Button>
        {listeningPort !== null ? (
          <Tag color="success">{t('cti.settings.listening', { port: listeningPort })}</Tag>
        ) : (
          // When another program holds the port, the card's alert above says so in full.
          !down && <Tag color="error">{t('cti.settings.notListening', { port })}</Tag>
        )}
      </Space>
      {error?.message && (
        <Typography.Text type="danger" role="alert">
          {t(error.message)}
        </Typography.Text>
      )}
    </Space>
  );
}
