import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { QueueItem } from '../../../../shared/api/workflow';
import { complaintTypeLabelKey } from '../../../../shared/domain/complaint-types';
import { DeadlineBadge } from '../../../components/deadline-badge';
import { formatDateTime } from '../../../components/format-date-time';
import { PhoneNumber } from '../../../components/phone-number';
import { useTaxonomy } from '../../../components/use-taxonomy';

/** One stage's complaints, in the order the queue asked for. */
export function QueueGroupTable({ items }: { items: QueueItem[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { subtypeLabel } = useTaxonomy();
  return (
    <Table<QueueItem>
      rowKey="id"
      size="small"
      dataSource={items}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      onRow={(row) => ({ onClick: () => navigate(`/complaints/${row.id}`), style: { cursor: 'pointer' } })}
      columns={[
        { title: t('complaints.columns.number'), dataIndex: 'number', width: 190, render: (n: string, row) => <a href={`#/complaints/${row.id}`}>{n}</a> },
        { title: t('complaints.columns.customer'), dataIndex: 'customerName', width: 100 },
        { title: t('complaints.columns.phone'), dataIndex: 'contactPhone', width: 130, render: (phone: string) => <PhoneNumber value={phone} /> },
        {
          title: t('complaints.columns.type'),
          key: 'type',
          ellipsis: true,
          render: (_, row) => `${t(complaintTypeLabelKey(row.complaintType))} / ${subtypeLabel(row.complaintSubtype)}`,
        },
        { title: t('complaints.columns.deadline'), key: 'deadline', width: 250, render: (_, row) => <DeadlineBadge deadline={row.deadline} /> },
        { title: t('complaints.columns.receivedAt'), dataIndex: 'receivedAt', width: 140, render: formatDateTime },
      ]}
    />
  );
}
