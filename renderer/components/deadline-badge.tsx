import { CheckCircleOutlined, ClockCircleOutlined, ExclamationCircleOutlined, PauseCircleOutlined, RollbackOutlined, WarningOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { deadlineLabelOf, type DeadlineInfo, type DeadlineState } from '../../shared/domain/workflow/deadlines';
import { formatDateTime } from './format-date-time';

const LOOK: Record<DeadlineState, { color?: string; icon: React.ReactNode }> = {
  onTrack: { icon: <ClockCircleOutlined /> },
  dueSoon: { color: 'warning', icon: <WarningOutlined /> },
  overdue: { color: 'error', icon: <ExclamationCircleOutlined /> },
  suspended: { color: 'processing', icon: <PauseCircleOutlined /> },
  done: { color: 'success', icon: <CheckCircleOutlined /> },
};

/** Days of suspended time as shown: one decimal (3.5), whole days without one. */
export const suspendedDaysText = (ms: number): string => {
  const days = Math.round((ms / (24 * 60 * 60 * 1000)) * 10) / 10;
  return Number.isInteger(days) ? String(days) : days.toFixed(1);
};

/**
 * Due, due soon, overdue, suspended (挂起, with the days so far) or done — in words and with the due time, never colour alone. `stacked`: the due time on
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
      {showDue && deadline.state !== 'suspended' && t('deadline.dueAt', { date: formatDateTime(deadline.dueAt) })}
      {showDue && deadline.state === 'suspended' && t('deadline.suspendedFor', { days: suspendedDaysText(deadline.suspendedMs) })}
    </Tag>
  );
}
