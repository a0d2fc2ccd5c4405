import { Card, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agent } from '../../../shared/api/session';
import type { DayRange } from '../../../shared/api/team';
import { may } from '../../../shared/domain/capabilities';
import { DashboardView } from './dashboard-view';
import { DayRangePicker, lastThirtyDays } from './day-range-picker';
import { RegulatoryView } from './regulatory-view';
import { RootCausesView } from './root-causes-view';
import { QualityView } from './quality-view';

/** 报表: the dashboard and daily log, 监管统计 and 溯源整改, for leads and admins. */
export function ReportsPage({ agent }: { agent: Agent }) {
  const { t } = useTranslation();
  const [range, setRange] = useState<DayRange>(lastThirtyDays);
  const [tab, setTab] = useState('dashboard');
  return (
    <Card title={t('reports.title')} extra={tab !== 'regulatory' && <DayRangePicker value={range} onChange={setRange} />}>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        destroyOnHidden
        items={[
          { key: 'dashboard', label: t('reports.tabs.dashboard'), children: <DashboardView range={range} allBranches={may(agent, 'allBranchesExport')} /> },
          { key: 'regulatory', label: t('reports.tabs.regulatory'), children: <RegulatoryView agent={agent} /> },
          { key: 'rootCauses', label: t('reports.tabs.rootCauses'), children: <RootCausesView range={range} /> },
          { key: 'quality', label: t('assist.qualityReport.tab'), children: <QualityView range={range} /> },
        ]}
      />
    </Card>
  );
}
