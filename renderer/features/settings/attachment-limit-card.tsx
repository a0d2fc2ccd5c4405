import { Alert, App, Button, Card, InputNumber, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayCall } from '../../../shared/api/contract';
import type { Agent } from '../../../shared/api/session';
import { ATTACHMENT_MAX_BYTES_CEILING } from '../../../shared/domain/attachments/attachment';
import { useDeskMutation, useDeskQuery } from '../../api/hooks';

const MB = 1024 * 1024;

/** The largest attachment the desk takes: an admin sets it, everyone sees it. */
export function AttachmentLimitCard({ agent }: { agent: Agent }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const current = useDeskQuery('settings.attachments.get', {});
  const save = useDeskMutation('settings.attachments.set');
  const [mb, setMb] = useState<number | null>(null);
  useEffect(() => {
    if (current.data) setMb(Math.round(current.data.maxBytes / MB));
  }, [current.data]);
  const editable = mayCall('settings.attachments.set', agent);
  return (
    <Card title={t('attachments.settings.title')} size="small" data-testid="attachment-limit">
      <Space>
        <Typography.Text>{t('attachments.settings.maxMb')}</Typography.Text>
        <InputNumber min={1} max={ATTACHMENT_MAX_BYTES_CEILING / MB} value={mb} onChange={setMb} disabled={!editable} addonAfter="MB" aria-label={t('attachments.settings.maxMb')} />
        {editable && (
          <Button onClick={() => mb && save.mutate({ maxBytes: mb * MB }, { onSuccess: () => void message.success(t('attachments.settings.saved')) })} loading={save.isPending} disabled={!mb}>
            {t('actions.save')}
          </Button>
        )}
      </Space>
      {!editable && <Typography.Paragraph type="secondary">{t('attachments.settings.adminOnly')}</Typography.Paragraph>}
      {save.error && <Alert type="error" showIcon style={{ marginTop: 8 }} title={t(save.error.body.issues?.[0]?.messageKey ?? save.error.body.messageKey)} />}
    </Card>
  );
}
