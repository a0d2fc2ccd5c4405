import { Alert, Card, Empty, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Agent } from '../../../shared/api/session';
import { may } from '../../../shared/domain/capabilities';
import { useDeskQuery } from '../../api/hooks';
import { ClockCorrectionsCard } from './clock-corrections-card';
import { ReviewResolution, type ReviewFormat } from './review-resolution';
import { SyncNotice } from './sync-notice';

/** My changes the server refused (with the reason in my language), the times it corrected by its clock and, for a lead, the complaints flagged for review. */
export function SyncPage({ agent, reviewFormat }: { agent: Agent; reviewFormat: ReviewFormat }) {
  const { t, i18n } = useTranslation();
  const rejections = useDeskQuery('sync.rejections', {});
  const reviews = may(agent, 'reviewQueue');
  const review = useDeskQuery('sync.reviewQueue', {}, { enabled: reviews });
  const at = (iso: string) => new Date(iso).toLocaleString(i18n.language);
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('sync.page.title')}
      </Typography.Title>
      <SyncNotice />
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
      <ClockCorrectionsCard />
      {reviews && (
        <Card title={t('sync.page.reviewTitle')} size="small" data-testid="sync-review">
          {(review.data ?? []).length === 0 ? (
            <Empty description={t('sync.page.reviewEmpty')} />
          ) : (
            <Space direction="vertical" size={12} style={{ width: '100%' }}>
              <Alert type="info" showIcon title={t('sync.page.reviewHint')} />
              {(review.data ?? []).map((item) => (
                <ReviewResolution key={item.complaint.id} item={item} format={reviewFormat} />
              ))}
            </Space>
          )}
        </Card>
      )}
    </Space>
  );
}
