import { Alert, Button, Empty, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ComplaintSummary } from '../../../shared/api/complaints';
import { complaintSubtypeLabelKey, complaintTypeLabelKey } from '../../../shared/domain/complaint-types';
import { stageLabelKey } from '../../../shared/domain/stages';
import { useDeskQuery } from '../../api/hooks';
import { formatDateTime } from './format';

export function MyComplaintsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const list = useDeskQuery('complaints.listMine', {});
  const rows = list.data ?? [];
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Space align="baseline">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('complaints.title')}
        </Typography.Title>
        {list.data && <Typography.Text type="secondary">{t('complaints.count', { count: rows.length })}</Typography.Text>}
      </Space>
      {list.error && <Alert type="error" showIcon title={t(list.error.body.messageKey)} action={<Button onClick={() => list.refetch()}>{t('actions.retry')}</Button>} />}
      <Table<ComplaintSummary>
        rowKey="id"
        size="middle"
        loading={list.isPending}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty description={t('complaints.empty')} /> }}
        onRow={(row) => ({ onClick: () => navigate(`/complaints/${row.id}`), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('complaints.columns.number'), dataIndex: 'number', width: 190, render: (n: string, row) => <a href={`#/complaints/${row.id}`}>{n}</a> },
          { title: t('complaints.columns.customer'), dataIndex: 'customerName', width: 110 },
          { title: t('complaints.columns.phone'), dataIndex: 'contactPhone', width: 140 },
          {
            title: t('complaints.columns.type'),
            key: 'type',
            render: (_, row) => `${t(complaintTypeLabelKey(row.complaintType))} / ${t(complaintSubtypeLabelKey(row.complaintSubtype))}`,
          },
          { title: t('complaints.columns.stage'), dataIndex: 'stage', width: 120, render: (stage: ComplaintSummary['stage']) => <Tag color="blue">{t(stageLabelKey(stage))}</Tag> },
          { title: t('complaints.columns.receivedAt'), dataIndex: 'receivedAt', width: 150, render: formatDateTime },
          { title: t('complaints.columns.status'), dataIndex: 'status', width: 90, render: (status: ComplaintSummary['status']) => t(`status.${status}`) },
        ]}
      />
    </Space>
  );
}
