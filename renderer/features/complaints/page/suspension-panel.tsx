import { PauseCircleOutlined } from '@ant-design/icons';
import { Alert, Card, Descriptions, Flex, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Complaint } from '../../../../shared/domain/complaint';
import type { DeadlineInfo } from '../../../../shared/domain/workflow/deadlines';
import type { Suspension } from '../../../../shared/domain/workflow/clock-stop';
import { formatDateTime } from '../../../components/format-date-time';
import { suspendedDaysText } from '../../../components/deadline-badge';

function SuspensionRow({ suspension, now }: { suspension: Suspension; now: number }) {
  const { t } = useTranslation();
  const end = suspension.resumedAt ? Date.parse(suspension.resumedAt) : now;
  const days = suspendedDaysText(end - Date.parse(suspension.startedAt));
  return (
    <Descriptions
      size="small"
      column={1}
      data-testid="suspension-row"
      title={
        <Space size={8} wrap>
          <Tag icon={<PauseCircleOutlined />} color={suspension.resumedAt ? undefined : 'processing'}>
            {t(`suspension.kind.${suspension.kind}`)}
          </Tag>
          <Typography.Text>{t('suspension.history.days', { days })}</Typography.Text>
          {!suspension.resumedAt && <Tag color="processing">{t('suspension.history.open')}</Tag>}
          {suspension.approvedBy && <Tag color="success">{t('suspension.history.approvedBy', { name: suspension.approvedBy.name })}</Tag>}
        </Space>
      }
      items={[
        { key: 'party', label: t('suspension.dialog.party'), children: suspension.party },
        { key: 'reason', label: t('suspension.dialog.reason'), children: suspension.reason },
        {
          key: 'when',
          label: t('suspension.history.title'),
          children: `${formatDateTime(suspension.startedAt)} ${t('suspension.history.by', { name: suspension.startedBy.name })}${
            suspension.resumedAt && suspension.resumedBy ? ` → ${formatDateTime(suspension.resumedAt)} ${t('suspension.history.resumedBy', { name: suspension.resumedBy.name })}` : ''
          }`,
        },
        ...(suspension.outcome ? [{ key: 'outcome', label: t('suspension.resume.outcome'), children: suspension.outcome }] : []),
      ]}
    />
  );
}

/**
 * 挂起: the complaint's suspensions, the days not counted toward its deadline, and — once an open one outlasts
 * the organisation's limit without a lead's approval — a warning. Shown only when there is something to show.
 */
export function SuspensionPanel({ complaint, deadline, approvalDays }: { complaint: Complaint; deadline: DeadlineInfo | undefined; approvalDays: number | undefined }) {
  const { t } = useTranslation();
  if (complaint.suspensions.length === 0) return null;
  const now = Date.now();
  return (
    <Card
      size="small"
      data-testid="suspension-panel"
      title={
        <Flex gap={8} align="center">
          {t('suspension.history.title')}
          {deadline && <Typography.Text type="secondary">{t('deadline.suspendedFor', { days: suspendedDaysText(deadline.suspendedMs) })}</Typography.Text>}
        </Flex>
      }
    >
      {deadline?.suspensionNeedsApproval && (
        <Alert type="warning" showIcon style={{ marginBottom: 8 }} data-testid="suspension-needs-approval" title={t('deadline.needsApproval', { days: approvalDays ?? '' })} />
      )}
      <Space direction="vertical" size={8} style={{ width: '100%' }}>
        {[...complaint.suspensions].reverse().map((s) => (
          <SuspensionRow key={s.id} suspension={s} now={now} />
        ))}
      </Space>
    </Card>
  );
}

