import { Alert, Empty, Space, Spin, Statistic, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DayRange } from '../../../shared/api/team';
import type { QualityReport } from '../../../shared/domain/assist/quality-report';
import { useDeskQuery } from '../../api/hooks';

type AgentRow = QualityReport['agents'][number];

/** 质检: the average kept score per agent (lowest first) and for the team, of the complaints closed in the range. */
export function QualityView({ range }: { range: DayRange }) {
  const { t } = useTranslation();
  const report = useDeskQuery('reports.quality', { range });
  if (report.error) return <Alert type="error" showIcon title={t(report.error.body.messageKey, report.error.body.params)} />;
  if (!report.data) return <Spin />;
  const { agents, team } = report.data;
  if (team.complaints === 0) return <Empty description={t('assist.qualityReport.empty')} />;
  const percent = (value: number | null) => (value === null ? '—' : `${value.toFixed(1)}%`);
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="quality-report">
      <Space size={48} wrap>
        <Statistic title={t('assist.qualityReport.teamAverage')} value={percent(team.averagePercent)} />
        <Statistic title={t('assist.qualityReport.complaints')} value={team.complaints} />
        <Statistic title={t('assist.qualityReport.failedChecks')} value={team.failedChecks} />
        <Statistic title={t('assist.qualityReport.openAppeals')} value={team.openAppeals} />
      </Space>
      <Typography.Text type="secondary">{t('assist.qualityReport.hint')}</Typography.Text>
      <Table<AgentRow>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={agents}
        columns={[
          { title: t('assist.qualityReport.agent'), key: 'agent', render: (_v, a) => `${a.name}（${a.id}）` },
          { title: t('assist.qualityReport.average'), key: 'average', render: (_v, a) => percent(a.averagePercent) },
          { title: t('assist.qualityReport.complaints'), dataIndex: 'complaints' },
          { title: t('assist.qualityReport.failedChecks'), dataIndex: 'failedChecks' },
          { title: t('assist.qualityReport.openAppeals'), dataIndex: 'openAppeals' },
        ]}
      />
    </Space>
  );
}
