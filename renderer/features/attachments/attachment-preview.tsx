import { Alert, Modal, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../../shared/domain/attachments/attachment';
import { useDeskQuery } from '../../api/hooks';
import { base64ToBlob } from '../../components/file-bytes';

/**
 * An image or PDF shown inside the page (a blob: URL in the sandboxed renderer); the desk never hands
 * a file to another program.
 */
export function AttachmentPreview({ attachment, onClose }: { attachment: Attachment; onClose: () => void }) {
  const { t } = useTranslation();
  const content = useDeskQuery('attachments.content', { id: attachment.id });
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!content.data) return;
    const objectUrl = URL.createObjectURL(base64ToBlob(content.data.contentBase64, attachment.mediaType));
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [content.data, attachment.mediaType]);
  const isPdf = attachment.mediaType === 'application/pdf';
  return (
    <Modal open title={attachment.name} footer={null} onCancel={onClose} width={isPdf ? 900 : 720} destroyOnHidden data-testid="attachment-preview">
      {content.error && <Alert type="error" showIcon title={t(content.error.body.messageKey, content.error.body.params)} />}
      {!url && !content.error && <Spin />}
      {url && isPdf && <iframe src={url} title={attachment.name} sandbox="" style={{ width: '100%', height: '70vh', border: 0 }} data-testid="attachment-preview-pdf" />}
      {url && !isPdf && <img src={url} alt={attachment.name} style={{ maxWidth: '100%', maxHeight: '70vh', display: 'block', margin: '0 auto' }} data-testid="attachment-preview-image" />}
    </Modal>
  );
}
