import { Button, Input, Modal, Alert } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../../shared/domain/attachments/attachment';
import { useDeskMutation } from '../../api/hooks';

/** Removing asks why: the reason goes on the timeline with the tombstone. */
export function RemoveAttachmentButton({ attachment }: { attachment: Attachment }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const remove = useDeskMutation('attachments.remove');
  const ok = () => remove.mutate({ id: attachment.id, reason }, { onSuccess: () => setOpen(false) });
  return (
    <>
      <Button size="small" danger type="link" onClick={() => (setReason(''), remove.reset(), setOpen(true))}>
        {t('attachments.remove')}
      </Button>
      <Modal
        open={open}
        title={t('attachments.removeTitle', { name: attachment.name })}
        okText={t('attachments.remove')}
        cancelText={t('actions.cancel')}
        okButtonProps={{ danger: true, loading: remove.isPending }}
        onOk={ok}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        data-testid="remove-attachment-dialog"
      >
        {remove.error && <Alert type="error" showIcon title={t(remove.error.body.messageKey, remove.error.body.params)} style={{ marginBottom: 12 }} />}
        <Input.TextArea autoFocus rows={2} value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t('attachments.removeReason')} aria-label={t('attachments.removeReason')} />
      </Modal>
    </>
  );
}
