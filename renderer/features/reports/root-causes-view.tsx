import { Alert, Card, Col, Empty, List, Row, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DayRange } from '../../../shared/api/team';
import { complaintTypeLabelKey } from '../../../shared/domain/complaint-types';
import { useDeskQuery } from '../../api/hooks';

type Counted = { text: string; count: number }[];

/** 溯源整改: per type, the root causes, lessons and measures, each counted, for the improvement meeting. */
export function RootCausesView({ range }: { range: DayRange }) {
  const { t } = useTranslation();
  const report = useDeskQuery('reports.rootCauses', { range });
  if (report.error) return <Alert type="error" showIcon title={t(report.error.body.messageKey, report.error.body.params)} />;
  if (!report.data) return <Spin />;
  const list = (title: string, items: Counted) => (
    <List
      size="small"
      header={<Typography.Text strong>{title}</Typography.Text>}
      locale={{ emptyText: t('reports.rootCauses.none') }}
      dataSource={items}
      renderItem={(item) => (
        <List.Item extra={<Tag>{item.count}</Tag>}>
          <Typography.Text>{item.text}</Typography.Text>
        </List.Item>
      )}
    />
  );
  const types = report.data.byType.filter((g) => g.complaints > 0);
  if (types.length === 0) return <Empty description={t('reports.rootCauses.empty')} />;
  return (
    <Row gutter={[16, 16]} data-testid="root-causes">
      {types.map((group) => (
        <Col key={group.type} xs={24} xl={12}>
          <Card size="small" title={`${t(complaintTypeLabelKey(group.type))}（${t('reports.rootCauses.complaints', { count: group.complaints })}）`}>
            {list(t('reports.rootCauses.rootCauses'), group.rootCauses)}
            {list(t('reports.rootCauses.lessons'), group.lessons)}
            {list(t('reports.rootCauses.measures'), group.measures)}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
