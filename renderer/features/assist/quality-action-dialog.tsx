import { Alert, Button, Input, Modal, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QUALITY_TEXT_MAX } from '../../../shared/domain/assist/quality-review';
import { useDeskMutation } from '../../api/hooks';

export type QualityAction = 'confirm' | 'override' | 'appeal' | 'resolve';

interface Props {
  complaintId: string;
  baseVersion: number;
  action: QualityAction;
  checkId: string;
  checkName: string;
  onClose: () => void;
}

/** One 质检 action on one check with its comment or reason; a refusal is shown here, in the person's language. */
export function QualityActionDialog({ complaintId, baseVersion, action, checkId, checkName, onClose }: Props) {
  const { t } = useTranslation();
  const review = useDeskMutation('assist.quality.review');
  const appeal = useDeskMutation('assist.quality.appeal');
  const resolve = useDeskMutation('assist.quality.resolveAppeal');
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<'upheld' | 'rejected'>('upheld');
  const base = { id: complaintId, baseVersion, checkId };
  const done = { onSuccess: onClose };
  const submit = () => {
    if (action === 'appeal') appeal.mutate({ ...base, reason: text }, done);
    else if (action === 'resolve') resolve.mutate({ ...base, outcome, comment: text }, done);
    else review.mutate({ ...base, verdict: action === 'confirm' ? 'confirmed' : 'overridden', comment: text }, done);
  };
  const error = appeal.error ?? resolve.error ?? review.error;
  const label = t(action === 'appeal' ? 'assist.quality.appeal.reason' : 'assist.quality.comment');
  return (
    <Modal
      open
      title={t(`assist.quality.dialog.${action}`, { name: checkName })}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('assist.quality.dialog.cancel')}
        </Button>,
        <Button key="submit" type="primary" onClick={submit} loading={review.isPending || appeal.isPending || resolve.isPending} data-testid="quality-submit">
          {t('assist.quality.dialog.submit')}
        </Button>,
      ]}
    >
      <Space direction="vertical" style={{ width: '100%', paddingBottom: 16 }}>
        {action === 'resolve' && (
          <Radio.Group value={outcome} onChange={(e) => setOutcome(e.target.value as 'upheld' | 'rejected')} aria-label={t('assist.quality.resolve.outcome')}>
            <Radio value="upheld" data-testid="quality-upheld">
              {t('assist.quality.resolve.upheld')}
            </Radio>
            <Radio value="rejected" data-testid="quality-rejected">
              {t('assist.quality.resolve.rejected')}
            </Radio>
          </Radio.Group>
        )}
        <Typography.Text>{label}</Typography.Text>
        <Input.TextArea
          aria-label={label}
          data-testid="quality-text"
          value={text}
          onChange={(e) => setText(e.target.value)}
          autoSize={{ minRows: 3, maxRows: 6 }}
          maxLength={QUALITY_TEXT_MAX}
          showCount
          autoFocus
        />
        {error && <Alert type="error" showIcon role="alert" title={t(error.body.messageKey, error.body.params)} />}
      </Space>
    </Modal>
  );
}
