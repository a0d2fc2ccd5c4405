import { Alert, Form, Modal } from 'antd';
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/client';

interface AdminDialogProps {
  title: string;
  open: boolean;
  saving: boolean;
  error: ApiError | null;
  onSubmit: () => void;
  onClose: () => void;
  children: ReactNode;
  okText?: string;
}

/** A modal form for one administrative change; a refusal without a field says why above the fields. */
export function AdminDialog({ title, open, saving, error, onSubmit, onClose, children, okText }: AdminDialogProps) {
  const { t } = useTranslation();
  const general = error && !error.body.issues ? error.body : null;
  const body = useRef<HTMLDivElement>(null);
  // The first field takes the keyboard once the dialog has opened (the modal focuses itself first).
  const focusFirstField = (opened: boolean) => {
    if (opened) body.current?.querySelector<HTMLElement>('input:not([disabled]), textarea')?.focus();
  };
  return (
    <Modal
      title={title}
      open={open}
      onOk={onSubmit}
      onCancel={onClose}
      confirmLoading={saving}
      okText={okText ?? t('actions.save')}
      cancelText={t('actions.cancel')}
      destroyOnHidden
      afterOpenChange={focusFirstField}
    >
      <div ref={body}>
      {general && <Alert type="error" showIcon title={t(general.messageKey, general.params)} style={{ marginBottom: 12 }} />}
      <Form layout="vertical" component="div">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            onSubmit();
          }}
          noValidate
        >
          {children}
          <button type="submit" hidden />
        </form>
      </Form>
      </div>
    </Modal>
  );
}
