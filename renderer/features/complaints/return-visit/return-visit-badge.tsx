import { CheckCircleOutlined, ExclamationCircleOutlined, PhoneOutlined, WarningOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReturnVisitInfo, ReturnVisitState } from '../../../../shared/domain/workflow/return-visit';
import { formatDateTime } from '../../../components/format-date-time';

const LOOK: Record<ReturnVisitState, { color?: string; icon: React.ReactNode }> = {
  onTrack: { icon: <PhoneOutlined /> },
  dueSoon: { color: 'warning', icon: <WarningOutlined /> },
  missing: { color: 'error', icon: <ExclamationCircleOutlined /> },
  done: { color: 'success', icon: <CheckCircleOutlined /> },
  late: { color: 'warning', icon: <CheckCircleOutlined /> },
};

/** 回访, shown like a deadline: its state in words, the due date, and the unreached attempts so far. */
export function ReturnVisitBadge({ info }: { info: ReturnVisitInfo }) {
  const { t } = useTranslation();
  const look = LOOK[info.state];
  const pending = info.state !== 'done' && info.state !== 'late';
  // Due at the end of a working day: shown as its last minute (23:59), not as the next day's 00:00.
  const dueShown = formatDateTime(new Date(Date.parse(info.dueAt) - 60_000).toISOString());
  return (
    <Tag color={look.color} icon={look.icon} data-testid="return-visit-badge" data-state={info.state} style={{ whiteSpace: 'normal' }}>
      {t('returnVisit.label')}：{t(`returnVisit.state.${info.state}`)}
      {pending && <> · {t('returnVisit.dueAt', { days: info.days, date: dueShown })}</>}
      {pending && info.attempts > 0 && <> · {t('returnVisit.unreachedAttempts', { count: info.attempts })}</>}
    </Tag>
  );
}
