import { Alert, Modal, Spin } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../../shared/domain/attachments/attachment';
import { useDeskQuery } from '../../api/hooks';
import { base64ToBlob, base64ToBytes } from '../../components/file-bytes';
import { PdfPages } from './pdf-pages';

/**
 * An image (a blob: URL) or a PDF (drawn by pdf.js) shown inside the page; the desk never hands a file
 * to another program, and no browser plugin opens it.
 */
export function AttachmentPreview({ attachment, onClose }: { attachment: Attachment; onClose: () => void }) {
  const { t } = useTranslation();
  const content = useDeskQuery('attachments.content', { id: attachment.id });
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!content.data || attachment.mediaType === 'application/pdf') return;
    const objectUrl = URL.createObjectURL(base64ToBlob(content.data.contentBase64, attachment.mediaType));
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [content.data, attachment.mediaType]);
  const isPdf = attachment.mediaType === 'application/pdf';
  const bytes = useMemo(() => (content.data && isPdf ? base64ToBytes(content.data.contentBase64) : null), [content.data, isPdf]);
  return (
    <Modal open title={attachment.name} footer={null} onCancel={onClose} width={isPdf ? 900 : 720} destroyOnHidden data-testid="attachment-preview">
      {content.error && <Alert type="error" showIcon title={t(content.error.body.messageKey, content.error.body.params)} />}
      {!url && !bytes && !content.error && <Spin />}
      {bytes && isPdf && <PdfPages bytes={bytes} name={attachment.name} />}
      {url && !isPdf && <img src={url} alt={attachment.name} style={{ maxWidth: '100%', maxHeight: '70vh', display: 'block', margin: '0 auto' }} data-testid="attachment-preview-image" />}
    </Modal>
  );
}
