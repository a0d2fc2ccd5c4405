import { Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AttachmentTransfer } from '../../../shared/api/attachments';

const percentOf = (done: number, total: number) => (total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 0);

/** One attachment's content on its way: uploading (or waiting to), downloading, or not on this desk yet. */
export function TransferState({ transfer, live }: { transfer: AttachmentTransfer | undefined; live: { direction: 'upload' | 'download'; done: number; total: number } | undefined }) {
  const { t } = useTranslation();
  if (live) {
    const percent = percentOf(live.done, live.total);
    return (
      <div data-testid="attachment-transfer" data-state={live.direction}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t(live.direction === 'upload' ? 'attachments.transfer.uploading' : 'attachments.transfer.downloading', { percent })}
        </Typography.Text>
        <Progress percent={percent} size="small" showInfo={false} style={{ width: 160, margin: 0 }} />
      </div>
    );
  }
  if (!transfer) return null;
  const text =
    transfer.state === 'notDownloaded'
      ? t('attachments.transfer.notDownloaded')
      : transfer.done > 0
        ? t('attachments.transfer.uploading', { percent: percentOf(transfer.done, transfer.total) })
        : t('attachments.transfer.waitingUpload');
  return (
    <div data-testid="attachment-transfer" data-state={transfer.state}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {text}
      </Typography.Text>
    </div>
  );
}
