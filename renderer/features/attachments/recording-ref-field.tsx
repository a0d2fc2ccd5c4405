import { Alert, Button, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Complaint } from '../../../shared/domain/complaint';
import { useDeskMutation } from '../../api/hooks';

/** Where the PBX keeps the call's recording: an id or a URL, shown as text, never fetched or played by the desk. */
export function RecordingRefField({ complaint }: { complaint: Complaint }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(complaint.recordingRef ?? '');
  const save = useDeskMutation('complaints.setRecordingRef');
  const unchanged = value.trim() === (complaint.recordingRef ?? '');
  const submit = () => save.mutate({ id: complaint.id, baseVersion: complaint.version, recordingRef: value });
  return (
    <div style={{ marginTop: 12 }}>
      <Typography.Text type="secondary">{t('attachments.recordingRef.label')}</Typography.Text>
      <Space.Compact style={{ width: '100%' }}>
        <Input
          value={value}
          onChange={(e) => setValue(e.target.value)}
          onPressEnter={() => !unchanged && submit()}
          placeholder={t('attachments.recordingRef.placeholder')}
          aria-label={t('attachments.recordingRef.label')}
          data-testid="recording-ref"
        />
        <Button onClick={submit} disabled={unchanged} loading={save.isPending} title={unchanged ? t('attachments.recordingRef.unchanged') : undefined}>
          {t('actions.save')}
        </Button>
      </Space.Compact>
      {save.error && <Alert type="error" showIcon title={t(save.error.body.messageKey, save.error.body.params)} style={{ marginTop: 4 }} />}
    </div>
  );
}
