import { Alert, Button, Form, Modal } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Permission } from '../../shared/domain/workflow/allowed-actions';
import type { ApiError } from '../api/client';
import { DisabledReason } from './disabled-reason';

interface DialogFormProps {
  /** The button that opens the dialog. */
  trigger: string;
  title: string;
  okText: string;
  danger?: boolean;
  /** Whether the person may do this now; a refused one shows the button disabled, with the reason. */
  permission?: Permission;
  error: ApiError | null;
  pending: boolean;
  /** Saves; resolves true when the dialog may close. */
  onOk: () => Promise<boolean>;
  onOpen?: () => void;
  testId: string;
  children: ReactNode;
}

/** A button and the small form it opens (refusal, withdrawal, extension, assignment). */
export function DialogForm({ trigger, title, okText, danger, permission = { allowed: true }, error, pending, onOk, onOpen, testId, children }: DialogFormProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  /** The error left from an earlier opening: not shown again, or a reopened dialog would greet the agent with it. */
  const [earlierError, setEarlierError] = useState<ApiError | null>(null);
  const shownError = error !== earlierError ? error : null;
  const ok = async () => {
    if (await onOk()) setOpen(false);
  };
  return (
    <>
      <DisabledReason permission={permission}>
        <Button danger={danger} disabled={!permission.allowed} onClick={() => (onOpen?.(), setEarlierError(error), setOpen(true))}>
          {trigger}
        </Button>
      </DisabledReason>
      <Modal
        open={open}
        title={title}
        okText={okText}
        cancelText={t('actions.cancel')}
        okButtonProps={{ danger, loading: pending }}
        onOk={() => void ok()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        data-testid={testId}
      >
        {shownError && !shownError.body.issues?.length && (
          <Alert type="error" showIcon title={t(shownError.body.messageKey, shownError.body.params)} style={{ marginBottom: 12 }} />
        )}
        <Form layout="vertical" component="div">
          <form
            onSubmit={(event) => event.preventDefault()}
            onKeyDown={(event) => event.key === 'Enter' && (event.ctrlKey || event.metaKey) && void ok()}
            noValidate
            aria-label={title}
          >
            {children}
          </form>
        </Form>
      </Modal>
    </>
  );
}
