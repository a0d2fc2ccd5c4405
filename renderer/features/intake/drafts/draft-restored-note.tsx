import { Alert, Button, Space } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Draft } from '../../../../shared/api/drafts';

interface Props {
  draft: Draft;
  onKeep: () => void;
  onDiscard: () => void;
}

/** Says the form came back from an unsaved draft, and lets the agent throw it away. */
export function DraftRestoredNote({ draft, onKeep, onDiscard }: Props) {
  const { t } = useTranslation();
  return (
    <Alert
      type="info"
      showIcon
      data-testid="draft-restored"
      style={{ marginBottom: 10, padding: '6px 12px' }}
      title={`${t('drafts.restoreTitle')}: ${t('drafts.restoreBody', { updatedAt: dayjs(draft.updatedAt).format('MM-DD HH:mm:ss') })}`}
      action={
        <Space size={6}>
          <Button size="small" type="primary" onClick={onKeep}>
            {t('drafts.restore')}
          </Button>
          <Button size="small" danger onClick={onDiscard}>
            {t('drafts.discard')}
          </Button>
        </Space>
      }
    />
  );
}
