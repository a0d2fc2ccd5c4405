import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, List, Space, Typography, Upload } from 'antd';
import { useState, type ClipboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isPreviewable, type Attachment } from '../../../shared/domain/attachments/attachment';
import { ApiError, callDesk } from '../../api/client';
import { useDeskMutation, useDeskQuery } from '../../api/hooks';
import { formatDateTime } from '../../components/format-date-time';
import { AttachmentPreview } from './attachment-preview';
import { formatBytes } from '../../components/format-bytes';
import { base64ToBlob, fileToBase64, saveBlob } from '../../components/file-bytes';
import { RemoveAttachmentButton } from './remove-attachment-dialog';
import { useAttachmentTransfers } from './attachment-transfers';
import { TransferState } from './transfer-state';

/** A pasted image has no name of its own. */
const pastedName = (file: File, index: number) => (file.name && file.name !== 'image.png' ? file.name : `paste-${new Date().toISOString().replace(/[:.]/g, '-')}-${index + 1}.png`);

/** The complaint's files: drop, pick or paste to attach; preview images and PDFs; save a copy; remove with a reason. */
export function AttachmentsPanel({ complaintId }: { complaintId: string }) {
  const { t } = useTranslation();
  const list = useDeskQuery('attachments.list', { complaintId });
  const add = useDeskMutation('attachments.add');
  /** Kept as keys, so a switch of language re-words them. */
  const [errors, setErrors] = useState<{ name: string; messageKey: string; params: Record<string, string | number> }[]>([]);
  const [previewing, setPreviewing] = useState<Attachment | null>(null);
  const [openError, setOpenError] = useState<{ messageKey: string; params: Record<string, string | number> } | null>(null);
  const { transfers, live } = useAttachmentTransfers(complaintId);

  const attach = async (files: File[]) => {
    const failed: typeof errors = [];
    for (const [index, file] of files.entries()) {
      const name = file.name || pastedName(file, index);
      try {
        await add.mutateAsync({ complaintId, name, contentBase64: await fileToBase64(file) });
      } catch (error) {
        const body = error instanceof ApiError ? error.body : { messageKey: 'errors.internal', params: {} };
        failed.push({ name, messageKey: body.messageKey, params: { name, ...body.params } });
      }
    }
    setErrors(failed);
  };
  const onPaste = (event: ClipboardEvent) => {
    const files = [...event.clipboardData.files].filter((f) => f.type.startsWith('image/'));
    if (files.length === 0) return;
    event.preventDefault();
    void attach(files.map((f, i) => new File([f], pastedName(f, i), { type: f.type })));
  };
  const save = async (attachment: Attachment) => {
    setOpenError(null);
    try {
      const { contentBase64 } = await callDesk('attachments.content', { id: attachment.id });
      saveBlob(base64ToBlob(contentBase64, attachment.mediaType), attachment.name);
    } catch (error) {
      // Not on this desk and the server out of reach, say: the person is told why, in their language.
      setOpenError(error instanceof ApiError ? { messageKey: error.body.messageKey, params: error.body.params ?? {} } : { messageKey: 'errors.internal', params: {} });
    }
  };

  return (
    <div data-testid="attachments-panel" onPaste={onPaste}>
      <Upload.Dragger
        multiple
        showUploadList={false}
        beforeUpload={(file, batch) => {
          if (file === batch[0]) void attach(batch as File[]);
          return false;
        }}
        data-testid="attachment-drop"
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <Typography.Text>{t('attachments.drop')}</Typography.Text>
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('attachments.dropHint')}
          </Typography.Text>
        </div>
      </Upload.Dragger>
      {add.isPending && <Typography.Text type="secondary">{t('attachments.uploading')}</Typography.Text>}
      {errors.map((e) => (
        <Alert key={e.name} type="error" showIcon title={`${e.name}: ${t(e.messageKey, e.params)}`} style={{ marginTop: 8 }} data-testid="attachment-error" />
      ))}
      {openError && <Alert type="warning" showIcon closable onClose={() => setOpenError(null)} title={t(openError.messageKey, openError.params)} style={{ marginTop: 8 }} data-testid="attachment-open-error" />}
      {list.data && list.data.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('attachments.empty')} />}
      {list.data && list.data.length > 0 && (
        <List
          size="small"
          dataSource={list.data ?? []}
          renderItem={(a) => (
            <List.Item key={a.id} data-testid="attachment" data-name={a.name}>
              <div style={{ minWidth: 0, flex: 1 }}>
                <Typography.Text strong ellipsis style={{ maxWidth: '100%' }}>
                  {a.name}
                </Typography.Text>
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatBytes(a.size)} · {formatDateTime(a.addedAt)} · {t('format.person', { name: a.addedBy.name, id: a.addedBy.id })} ·{' '}
                    <span title={a.sha256}>SHA-256 {a.sha256.slice(0, 12)}…</span>
                  </Typography.Text>
                </div>
                <TransferState transfer={transfers.get(a.id)} live={live[a.sha256]} />
                <Space size={0}>
                  {isPreviewable(a.mediaType) && (
                    <Button
                      size="small"
                      type="link"
                      data-testid="attachment-preview-button"
                      onClick={() => {
                        setOpenError(null);
                        setPreviewing(a);
                      }}
                    >
                      {t('attachments.preview')}
                    </Button>
                  )}
                  <Button size="small" type="link" onClick={() => void save(a)}>
                    {t('attachments.save')}
                  </Button>
                  <RemoveAttachmentButton attachment={a} />
                </Space>
              </div>
            </List.Item>
          )}
        />
      )}
      {previewing && <AttachmentPreview attachment={previewing} onClose={() => setPreviewing(null)} />}
    </div>
  );
}
