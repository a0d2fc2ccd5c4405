import { Alert, Card, Empty, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Agent } from '../../../shared/api/session';
import { useDeskQuery } from '../../api/hooks';

const valueText = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/** My changes the server refused (with the reason in my language) and, for a lead, the complaints flagged for review. */
export function SyncPage({ agent }: { agent: Agent }) {
  const { t, i18n } = useTranslation();
  const rejections = useDeskQuery('sync.rejections', {});
  const supervisor = agent.role !== 'agent';
  const review = useDeskQuery('sync.reviewQueue', {}, { enabled: supervisor });
  const at = (iso: string) => new Date(iso).toLocaleString(i18n.language);
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('sync.page.title')}
      </Typography.Title>
      <Card title={t('sync.page.rejectedTitle')} size="small" data-testid="sync-rejections">
        <Table
          size="small"
          rowKey="opId"
          pagination={false}
          dataSource={rejections.data ?? []}
          locale={{ emptyText: <Empty description={t('sync.page.rejectedEmpty')} /> }}
          columns={[
            { title: t('sync.page.change'), dataIndex: 'name', render: (name: string) => t(`sync.mutation.${name}`, { defaultValue: name }) },
            { title: t('sync.page.reason'), render: (_, r) => t(r.messageKey, { ...r.params, defaultValue: r.code }) },
            { title: t('sync.page.at'), dataIndex: 'at', render: at, width: 200 },
          ]}
        />
      </Card>
      {supervisor && (
        <Card title={t('sync.page.reviewTitle')} size="small" data-testid="sync-review">
          <Alert type="info" showIcon message={t('sync.page.resolveNotYet')} style={{ marginBottom: 12 }} />
          <Table
            size="small"
            rowKey={(row) => `${row.complaintId}:${row.field}:${row.opId}`}
            pagination={false}
            dataSource={(review.data ?? []).flatMap((item) => item.conflicts.map((c) => ({ ...c, complaintId: item.complaint.id, number: item.complaint.number })))}
            locale={{ emptyText: <Empty description={t('sync.page.reviewEmpty')} /> }}
            columns={[
              { title: t('sync.page.complaint'), render: (_, r) => <Link to={`/complaints/${r.complaintId}`}>{r.number}</Link> },
              { title: t('sync.page.field'), dataIndex: 'field' },
              { title: t('sync.page.serverValue'), render: (_, r) => valueText(r.serverValue) },
              { title: t('sync.page.deskValue'), render: (_, r) => valueText(r.deskValue) },
              { title: t('sync.page.by'), render: (_, r) => `${r.by.name}（${r.by.id}）` },
            ]}
          />
        </Card>
      )}
    </Space>
  );
}
