import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ReturnVisitQueueItem } from '../../../../shared/api/workflow';
import { formatDateTime } from '../../../components/format-date-time';
import { PhoneNumber } from '../../../components/phone-number';
import { ReturnVisitBadge } from '../return-visit/return-visit-badge';

/** My 回访 to make: closed complaints whose complainant was not reached yet, soonest due first. */
export function ReturnVisitTable({ items }: { items: ReturnVisitQueueItem[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Table<ReturnVisitQueueItem>
      rowKey="id"
      size="small"
      dataSource={items}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      onRow={(row) => ({ onClick: () => navigate(`/complaints/${row.id}`), style: { cursor: 'pointer' } })}
      columns={[
        { title: t('complaints.columns.number'), dataIndex: 'number', width: 190, render: (n: string, row) => <a href={`#/complaints/${row.id}`}>{n}</a> },
        { title: t('complaints.columns.customer'), dataIndex: 'customerName', width: 100 },
        { title: t('complaints.columns.phone'), dataIndex: 'contactPhone', width: 130, render: (phone: string) => <PhoneNumber value={phone} /> },
        { title: t('returnVisit.queue.due'), key: 'returnVisit', render: (_, row) => <ReturnVisitBadge info={row.returnVisit} /> },
        { title: t('returnVisit.queue.closedAt'), key: 'closedAt', width: 140, render: (_, row) => (row.deadline.endedAt ? formatDateTime(row.deadline.endedAt) : '') },
      ]}
    />
  );
}
