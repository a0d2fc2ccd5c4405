import { Card, Descriptions, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Agent } from '../../../shared/api/session';
import { AVAILABILITY_STATES, type AvailabilityState } from '../../../shared/domain/assignment/availability';
import { useDeskMutation, useDeskQuery } from '../../api/hooks';

/**
 * 我的在岗状态: the signed-in person's availability as the server has it. They set their own state (on shift,
 * on leave, off); the cap on open complaints and the skills are their lead's to set (the team page) and shown
 * here read-only, with their open complaints now. Online only: offline it says so.
 */
export function MyAvailabilityCard({ agent }: { agent: Agent }) {
  const { t } = useTranslation();
  const list = useDeskQuery('assignment.availability.list', {});
  const set = useDeskMutation('assignment.availability.set');
  const mine = (list.data ?? []).find((p) => p.employeeNo.toLowerCase() === agent.id.toLowerCase()) ?? null;
  const stateLabel = t('assignment.availability.mine.state');
  return (
    <Card title={t('assignment.availability.mine.title')} size="small" loading={list.isPending} data-testid="my-availability">
      {list.error || !mine ? (
        <Typography.Text type="secondary">{t('assignment.availability.offline')}</Typography.Text>
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Descriptions column={1} size="small">
            <Descriptions.Item label={stateLabel}>
              <Select<AvailabilityState>
                aria-label={stateLabel}
                data-testid="my-availability-state"
                style={{ width: 140 }}
                value={mine.state}
                loading={set.isPending}
                onChange={(state) => set.mutate({ userId: mine.userId, update: { state } }, { onSettled: () => void list.refetch() })}
                options={AVAILABILITY_STATES.map((s) => ({ value: s, label: t(`assignment.availability.state.${s}`) }))}
              />
            </Descriptions.Item>
            <Descriptions.Item label={t('assignment.availability.columns.cap')}>{mine.cap ?? t('assignment.availability.noCap')}</Descriptions.Item>
            <Descriptions.Item label={t('assignment.availability.columns.open')}>{mine.openCount}</Descriptions.Item>
            <Descriptions.Item label={t('assignment.availability.columns.skills')}>{mine.skills.length > 0 ? mine.skills.join('、') : '—'}</Descriptions.Item>
          </Descriptions>
          {set.error && (
            <Typography.Text type="danger" role="alert">
              {t(set.error.body.messageKey, set.error.body.params)}
            </Typography.Text>
          )}
          <Typography.Text type="secondary">{t('assignment.availability.mine.hint')}</Typography.Text>
        </Space>
      )}
    </Card>
  );
}
