import { Alert, Button, Card, Form, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from 'react-hook-form';
import type { Stage } from '../../../../shared/domain/stages';
import { stageLabelKey } from '../../../../shared/domain/stages';
import type { ApiError } from '../../../api/client';
import { DisabledReason } from '../../../forms/disabled-reason';
import { usePermission } from '../page/complaint-permissions';

interface StageFormShellProps {
  stage: Stage;
  errors: FieldErrors;
  error: ApiError | null;
  pending: boolean;
  onSubmit: () => void;
  /** Other ways out of the stage (e.g. the customer refuses the solution), beside the main button. */
  extra?: ReactNode;
  children: ReactNode;
}

/**
 * The frame of every stage form: its title, the fields, what went wrong, and "complete this stage".
 * A person who may not work the stage sees it read-only, with the reason.
 */
export function StageFormShell({ stage, errors, error, pending, onSubmit, extra, children }: StageFormShellProps) {
  const { t } = useTranslation();
  const permission = usePermission('advance');
  const hasFieldErrors = Object.keys(errors).length > 0;
  const showError = error && !error.body.issues?.length;
  return (
    <Card size="small" title={t('workflow.form.title', { stage: t(stageLabelKey(stage)) })} data-testid={`stage-form-${stage}`}>
      {!permission.allowed && (
        <Alert type="info" showIcon title={t(permission.reasonKey, permission.params)} style={{ marginBottom: 12 }} data-testid="stage-form-reason" />
      )}
      <Form layout="vertical" component="div" disabled={!permission.allowed}>
        <form onSubmit={(event) => event.preventDefault()} noValidate aria-label={t(stageLabelKey(stage))}>
          {hasFieldErrors && <Alert type="error" showIcon title={t('errors.validation')} style={{ marginBottom: 12 }} />}
          {showError && <Alert type="error" showIcon title={t(error.body.messageKey, error.body.params)} style={{ marginBottom: 12 }} />}
          {children}
          <Space wrap>
            <DisabledReason permission={permission}>
              <Button type="primary" onClick={onSubmit} loading={pending}>
                {t(stage === 'closure' ? 'workflow.actions.close' : 'workflow.actions.advance')}
              </Button>
            </DisabledReason>
            {extra}
            <Typography.Text type="secondary">{t(stage === 'closure' ? 'workflow.form.shortcutClose' : 'workflow.form.shortcut')}</Typography.Text>
          </Space>
        </form>
      </Form>
    </Card>
  );
}
