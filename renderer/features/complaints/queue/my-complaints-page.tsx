import { Alert, Button, Card, Empty, Select, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallInput } from '../../../../shared/api/contract';
import { stageLabelKey } from '../../../../shared/domain/stages';
import { useDeskQuery } from '../../../api/hooks';
import { QueueGroupTable } from './queue-group-table';
import { ReturnVisitTable } from './return-visit-table';

type Order = Required<CallInput<'queue.mine'>>;
const ORDERS: Order[] = [
  { sortBy: 'dueAt', direction: 'asc' },
  { sortBy: 'dueAt', direction: 'desc' },
  { sortBy: 'receivedAt', direction: 'desc' },
  { sortBy: 'receivedAt', direction: 'asc' },
];
const orderKey = (o: Order) => `${o.sortBy}.${o.direction}`;

/** My queue: my open complaints grouped by stage, soonest deadline first, with due and overdue badges; then my 回访 to make. */
export function MyComplaintsPage() {
  const { t } = useTranslation();
  const [order, setOrder] = useState<Order>(ORDERS[0]!);
  const queue = useDeskQuery('queue.mine', order);
  const data = queue.data;
  const missing = data?.returnVisits.filter((v) => v.returnVisit.state === 'missing').length ?? 0;
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Space align="center" size={12} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('workflow.queue.title')}
        </Typography.Title>
        {data && <Typography.Text type="secondary">{t('workflow.queue.total', { count: data.total })}</Typography.Text>}
        {data && data.byDeadline.overdue > 0 && <Tag color="error">{t('workflow.queue.overdueCount', { count: data.byDeadline.overdue })}</Tag>}
        {data && data.byDeadline.dueSoon > 0 && <Tag color="warning">{t('workflow.queue.dueSoonCount', { count: data.byDeadline.dueSoon })}</Tag>}
        <Select
          aria-label={t('workflow.queue.sortLabel')}
          style={{ width: 200 }}
          value={orderKey(order)}
          onChange={(key) => setOrder(ORDERS.find((o) => orderKey(o) === key)!)}
          options={ORDERS.map((o) => ({ value: orderKey(o), label: t(`workflow.queue.order.${orderKey(o)}`) }))}
        />
      </Space>
      {queue.error && (
        <Alert type="error" showIcon title={t(queue.error.body.messageKey)} action={<Button onClick={() => queue.refetch()}>{t('actions.retry')}</Button>} />
      )}
      {queue.isPending && <Spin />}
      {data && data.returnVisits.length > 0 && (
        <Card
          size="small"
          data-testid="queue-return-visits"
          title={
            <Space>
              {t('returnVisit.queue.title')}
              <Tag>{data.returnVisits.length}</Tag>
              {missing > 0 && <Tag color="error">{t('returnVisit.queue.missingCount', { count: missing })}</Tag>}
            </Space>
          }
        >
          <ReturnVisitTable items={data.returnVisits} />
        </Card>
      )}
      {data && data.total === 0 && data.returnVisits.length === 0 && (
        <Card>
          <Empty description={t('complaints.empty')} />
        </Card>
      )}
      {data?.groups
        .filter((group) => group.count > 0)
        .map((group) => (
          <Card
            key={group.stage}
            size="small"
            data-testid={`queue-group-${group.stage}`}
            title={
              <Space>
                {t(stageLabelKey(group.stage))}
                <Tag>{group.count}</Tag>
                {group.byDeadline.overdue > 0 && <Tag color="error">{t('workflow.queue.overdueCount', { count: group.byDeadline.overdue })}</Tag>}
              </Space>
            }
          >
            <QueueGroupTable items={group.items} />
          </Card>
        ))}
    </Space>
  );
}
