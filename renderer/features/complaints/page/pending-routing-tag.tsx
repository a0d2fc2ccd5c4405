import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDeskQuery } from '../../../api/hooks';
import { useBilingualName } from '../../../components/bilingual-name';

/** 将按规则分派: the complaint has not reached the server yet, and a rule will assign it when it does. */
export function PendingRoutingTag({ complaintId }: { complaintId: string }) {
  const { t } = useTranslation();
  const nameOf = useBilingualName();
  const pending = useDeskQuery('assignment.pending', { id: complaintId });
  const rule = pending.data?.rule;
  if (!rule) return null;
  return (
    <Tooltip title={t('assignment.pendingHint', { rule: nameOf(rule.name) })}>
      <Tag color="blue" data-testid="complaint-pending-routing">
        {t('assignment.pendingTag')}
      </Tag>
    </Tooltip>
  );
}
