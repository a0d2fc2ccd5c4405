import { Col, Flex, Row, Spin, Statistic, Card, Alert } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DayRange } from '../../../shared/api/team';
import { useDeskQuery } from '../../api/hooks';
import { useTaxonomy } from '../../components/use-taxonomy';
import { ChartCard } from './chart-card';
import { dashboardCharts } from './dashboard-charts';
import { ExportControl } from './export-control';

/** 看板: the team report's numbers for the range, as charts (each with its table) and headline figures. */
export function DashboardView({ range, allBranches }: { range: DayRange; allBranches: boolean }) {
  const { t } = useTranslation();
  const report = useDeskQuery('reports.dashboard', { range });
  const { subtypeLabel } = useTaxonomy();
  const charts = useMemo(() => (report.data ? dashboardCharts(report.data, t, subtypeLabel) : []), [report.data, t, subtypeLabel]);
  if (report.error) return <Alert type="error" showIcon title={t(report.error.body.messageKey, report.error.body.params)} />;
  if (!report.data) return <Spin />;
  const r = report.data;
  const headline: [string, number][] = [
    ['received', r.received],
    ['closed', r.closed],
    ['withdrawn', r.withdrawn],
    ['open', r.open],
    ['overdue', r.overdue],
    ['dueSoon', r.dueSoon],
  ];
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="start" wrap gap={12}>
        <Card size="small" style={{ flex: 1 }}>
          <Flex gap={32} wrap data-testid="report-headline">
            {headline.map(([key, value]) => (
              <Statistic key={key} title={t(`reports.headline.${key}`)} value={value} />
            ))}
          </Flex>
        </Card>
        <Flex vertical gap={8}>
          <ExportControl request={{ kind: 'dailyLog', range }} testId="daily-log-export" />
          {allBranches && (
            <ExportControl request={{ kind: 'dailyLog', range, allBranches: true }} testId="all-branches-export" caption={t('reports.export.allBranches')} hint={t('reports.export.allBranchesHint')} />
          )}
        </Flex>
      </Flex>
      <Row gutter={[16, 16]}>
        {charts.map((spec) => (
          <Col key={spec.key} xs={24} xl={12}>
            <ChartCard spec={spec} />
          </Col>
        ))}
      </Row>
    </Flex>
  );
}
