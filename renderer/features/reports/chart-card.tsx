import { Card, Segmented, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartSpec } from './dashboard-charts';
import { EChart } from './echart';

/** A chart with a switch to the table of its numbers. */
export function ChartCard({ spec }: { spec: ChartSpec }) {
  const { t } = useTranslation();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  return (
    <Card
      size="small"
      title={spec.title}
      data-testid={`chart-${spec.key}`}
      extra={
        <Segmented
          size="small"
          value={view}
          onChange={(v) => setView(v as 'chart' | 'table')}
          options={[
            { value: 'chart', label: t('reports.view.chart') },
            { value: 'table', label: t('reports.view.table') },
          ]}
        />
      }
    >
      {view === 'chart' ? (
        <EChart option={spec.option} label={spec.title} height={spec.height} />
      ) : (
        // The numbers scroll in a region of their own: a Tab stop with the chart's name, so the keyboard reaches every row.
        <div style={{ maxHeight: Math.max(220, spec.height - 40) + 40, overflowY: 'auto' }} tabIndex={0} role="region" aria-label={spec.title} data-testid={`chart-table-${spec.key}`}>
        <Table
          size="small"
          pagination={false}
          rowKey={(row) => String(row[0])}
          dataSource={spec.table.rows}
          columns={spec.table.columns.map((title, i) => ({ title, key: String(i), render: (_: unknown, row: (string | number)[]) => row[i] }))}
        />
        </div>
      )}
      {spec.note && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }} data-testid={`chart-note-${spec.key}`}>
          {spec.note}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
