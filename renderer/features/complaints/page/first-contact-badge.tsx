import { CheckCircleOutlined, ClockCircleOutlined, ExclamationCircleOutlined, PhoneOutlined, WarningOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FirstContactInfo, FirstContactState } from '../../../../shared/domain/workflow/first-contact';
import { formatDateTime } from '../../../components/format-date-time';

const LOOK: Record<FirstContactState, { color?: string; icon: React.ReactNode }> = {
  onTrack: { icon: <PhoneOutlined /> },
  dueSoon: { color: 'warning', icon: <WarningOutlined /> },
  overdue: { color: 'error', icon: <ExclamationCircleOutlined /> },
  met: { color: 'success', icon: <CheckCircleOutlined /> },
  late: { color: 'error', icon: <CheckCircleOutlined /> },
  missed: { color: 'error', icon: <ClockCircleOutlined /> },
};

/** 首次联系, shown like a deadline: its state in words, and the due time (or when the complainant was reached). */
export function FirstContactBadge({ info }: { info: FirstContactInfo }) {
  const { t } = useTranslation();
  const look = LOOK[info.state];
  const detail = info.contactedAt
    ? t('firstContact.contactedAt', { date: formatDateTime(info.contactedAt) })
    : t('firstContact.dueAt', { hours: info.hours, date: formatDateTime(info.dueAt) });
  return (
    <Tag color={look.color} icon={look.icon} data-testid="first-contact-badge" data-state={info.state}>
      {t('firstContact.label')}：{t(`firstContact.state.${info.state}`)} · {detail}
    </Tag>
  );
}
