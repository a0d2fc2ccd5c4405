import { CheckCircleOutlined, ClockCircleOutlined, ExclamationCircleOutlined, RollbackOutlined, WarningOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { deadlineLabelOf, type DeadlineInfo, type DeadlineState } from '../../shared/domain/workflow/deadlines';
import { formatDateTime } from './format-date-time';

const LOOK: Record<DeadlineState, { color?: string; icon: React.ReactNode }> = {
  onTrack: { icon: <ClockCircleOutlined /> },
  dueSoon: { color: 'warning', icon: <WarningOutlined /> },
  overdue: { color: 'error', icon: <ExclamationCircleOutlined /> },
  done: { color: 'success', icon: <CheckCircleOutlined /> },
};

/**
 * Due, due soon, overdue or done — in words and with the due time, never colour alone. `stacked`: the due time on
 * a line of its own, for a narrow table column.
 */
export function DeadlineBadge({ deadline, showDue = true, stacked = false }: { deadline: DeadlineInfo; showDue?: boolean; stacked?: boolean }) {
  const { t } = useTranslation();
  // A withdrawn complaint was not 办结 at all: the customer ended it, on time or not.
  if (deadlineLabelOf(deadline) === 'withdrawn') {
    return (
      <Tag icon={<RollbackOutlined />} data-testid="deadline-badge" data-state={deadline.state} data-ended-as="withdrawn">
        {t('deadline.withdrawn')}
      </Tag>
    );
  }
  const look = LOOK[deadline.state];
  const state =
    deadline.state === 'done' && deadline.endedLate !== null
      ? t(deadline.endedLate ? 'deadline.endedLate' : 'deadline.endedOnTime')
      : t(`deadline.state.${deadline.state}`);
  return (
    <Tag
      color={deadline.state === 'done' && deadline.endedLate ? 'error' : look.color}
      icon={look.icon}
      data-testid="deadline-badge"
      data-state={deadline.state}
      style={stacked ? { whiteSpace: 'normal', lineHeight: '18px', paddingBlock: 2 } : undefined}
    >
      {state}
      {showDue && (stacked ? <br /> : ' · ')}
      {showDue && t('deadline.dueAt', { date: formatDateTime(deadline.dueAt) })}
    </Tag>
  );
}
