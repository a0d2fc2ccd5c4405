import { Alert, Card, Col, Descriptions, Flex, Row, Spin, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agent } from '../../../shared/api/session';
import { channelLabelKey } from '../../../shared/domain/channels';
import { complaintTypeLabelKey } from '../../../shared/domain/complaint-types';
import { useDeskQuery } from '../../api/hooks';
import { useTaxonomy } from '../../components/use-taxonomy';
import { ExportControl } from './export-control';
import { FiguresForm } from './figures-form';
import { currentMonth, PeriodPicker } from './period-picker';

const pct = (share: number) => `${Math.round(share * 10_000) / 100}%`;

/** 监管统计 for a month or a quarter, with the admin's figures and the export. */
export function RegulatoryView({ agent }: { agent: Agent }) {
  const { t } = useTranslation();
  const [period, setPeriod] = useState(currentMonth());
  const { subtypeLabel } = useTaxonomy();
  const stats = useDeskQuery('reports.regulatory', { period });
  const s = stats.data;
  const rate = (v: number | null | undefined) => (v === null || v === undefined ? t('reports.regulatory.notEntered') : v);
  const counted = (rows: { label: string; count: number; key?: string }[], title: string, testId?: string) => (
    <Table
      size="small"
      pagination={false}
      rowKey={(r) => r.key ?? r.label}
      dataSource={rows}
      columns={[{ title, dataIndex: 'label' }, { title: t('reports.table.count'), dataIndex: 'count', width: 90 }]}
      {...(testId ? { 'data-testid': testId } : {})}
    />
  );
  // The unknown branch gets a key no branch name can have.
  const branchRows = (byBranch: { branch: string | null; count: number }[]) =>
    byBranch.map((r) => ({ key: r.branch === null ? '\u0000' : `b:${r.branch}`, label: r.branch ?? t('reports.regulatory.unknownBranch'), count: r.count }));
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" wrap gap={12}>
        <PeriodPicker value={period} onChange={setPeriod} />
        <ExportControl request={{ kind: 'regulatory', period }} testId="regulatory-export" />
      </Flex>
      {stats.error && <Alert type="error" showIcon title={t(stats.error.body.messageKey, stats.error.body.params)} />}
      {!s ? (
        <Spin />
      ) : (
        <>
          <Card size="small">
            <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} data-testid="regulatory-stats">
              <Descriptions.Item label={t('reports.regulatory.period')}>{`${s.period}（${s.from} ~ ${s.to}）`}</Descriptions.Item>
              <Descriptions.Item label={t('reports.regulatory.total')}>{s.total}</Descriptions.Item>
              <Descriptions.Item label={t('reports.regulatory.overdue')}>{s.overdue}</Descriptions.Item>
              <Descriptions.Item label={t('reports.regulatory.withdrawn')}>{s.withdrawn}</Descriptions.Item>
              <Descriptions.Item label={t('reports.regulatory.referred')}>{`${s.referredByRegulator.count}（${pct(s.referredByRegulator.share)}）`}</Descriptions.Item>
              {s.decidedWithin.map((d) => (
                <Descriptions.Item key={d.days} label={t('reports.withinDaysOfDecided', { days: d.days })}>{`${d.count}（${pct(d.share)}）`}</Descriptions.Item>
              ))}
              <Descriptions.Item label={t('reports.regulatory.per10kPolicies')}>{rate(s.per10kPolicies)}</Descriptions.Item>
              <Descriptions.Item label={t('reports.regulatory.per100mYuanPremium')}>{rate(s.per100mYuanPremium)}</Descriptions.Item>
              <Descriptions.Item label={t('reports.regulatory.per10kInsured')}>{rate(s.per10kInsured)}</Descriptions.Item>
            </Descriptions>
          </Card>
          <Card size="small">
            <FiguresForm period={period} agent={agent} />
          </Card>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={8}>
              <Flex vertical gap={16}>
                {counted(s.byType.map((r) => ({ label: t(complaintTypeLabelKey(r.type)), count: r.count })), t('reports.table.byType'))}
                {counted(branchRows(s.byBranch), t('reports.table.byBranch'), 'regulatory-by-branch')}
              </Flex>
            </Col>
            <Col xs={24} lg={8}>
              {counted(s.bySubtype.map((r) => ({ label: `${t(complaintTypeLabelKey(r.type))} / ${subtypeLabel(r.subtype)}`, count: r.count })), t('reports.table.bySubtype'))}
            </Col>
            <Col xs={24} lg={8}>{counted(s.byChannel.map((r) => ({ label: t(channelLabelKey(r.channel)), count: r.count })), t('reports.table.byChannel'))}</Col>
          </Row>
        </>
      )}
    </Flex>
  );
}
