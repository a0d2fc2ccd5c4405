import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Complaint } from '../../../../shared/domain/complaint';
import { useDeskMutation } from '../../../api/hooks';
import { DisabledReason } from '../../../forms/disabled-reason';
import { usePermission } from '../page/complaint-permissions';
import { nowMoment } from '../stages/stage-defaults';

/** 未接通: one unreached attempt of the 回访, recorded with the time now (the attempts are counted). */
export function UnreachedButton({ complaint }: { complaint: Complaint }) {
  const { t } = useTranslation();
  const permission = usePermission('recordReturnVisit');
  const record = useDeskMutation('complaints.recordReturnVisit');
  return (
    <>
      <DisabledReason permission={permission}>
        <Button
          data-testid="return-visit-unreached"
          disabled={!permission.allowed}
          loading={record.isPending}
          onClick={() => record.mutate({ id: complaint.id, baseVersion: complaint.version, attemptedAt: nowMoment(), reached: false })}
        >
          {t('returnVisit.actions.unreached')}
        </Button>
      </DisabledReason>
      {record.error && (
        <Typography.Text type="danger" role="alert">
          {t(record.error.body.messageKey, record.error.body.params)}
        </Typography.Text>
      )}
    </>
  );
}
