import { Card, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CallOutput } from '../../../shared/api/contract';
import { useDeskQuery } from '../../api/hooks';
import { formatDateTime } from '../../components/format-date-time';
import { correctionFieldLabel, correctionReasonText } from './clock-correction-text';
import { ComplaintNumberLink } from './complaint-number-link';

type ClockCorrection = CallOutput<'sync.clockCorrections'>[number];

const REFRESH_MS = 5_000;
const PAGE_SIZE = 10;

/** The 同步 page's list of the times in my changes the server corrected by its clock (sync.clockCorrections, newest first). */
export function ClockCorrectionsCard() {
  const { t } = useTranslation();
  const corrections = useDeskQuery('sync.clockCorrections', {}, { refetchInterval: REFRESH_MS });
  const rows = corrections.data ?? [];
  return (
    <Card title={t('sync.clock.corrections.title')} size="small" data-testid="clock-corrections">
      {rows.length === 0 ? (
        <Typography.Text type="secondary" data-testid="clock-corrections-empty">
          {t('sync.clock.corrections.empty')}
        </Typography.Text>
      ) : (
        <Space direction="vertical" size={8} style={{ width: '100%' }}>
          <Typography.Text type="secondary">{t('sync.clock.corrections.hint')}</Typography.Text>
          <CorrectionsTable rows={rows} />
        </Space>
      )}
    </Card>
  );
}

/** One row per corrected time: the complaint, the change, which time, the desk's and the server's, and why. */
function CorrectionsTable({ rows }: { rows: ClockCorrection[] }) {
  const { t } = useTranslation();
  return (
    <Table<ClockCorrection>
      size="small"
      rowKey={(c) => `${c.opId}:${c.field}`}
      pagination={rows.length > PAGE_SIZE ? { pageSize: PAGE_SIZE, size: 'small' } : false}
      dataSource={rows}
      columns={[
        { title: t('sync.clock.corrections.complaint'), dataIndex: 'complaintId', width: 190, render: (id: string) => <ComplaintNumberLink id={id} /> },
        { title: t('sync.clock.corrections.change'), dataIndex: 'name', width: 120, render: (name: string) => t(`sync.mutation.${name}`, { defaultValue: name }) },
        { title: t('sync.clock.corrections.field'), width: 130, render: (_, c) => correctionFieldLabel(c, t) },
        { title: t('sync.clock.corrections.deskTime'), dataIndex: 'deskTime', width: 150, render: formatDateTime },
        { title: t('sync.clock.corrections.serverTime'), dataIndex: 'serverTime', width: 150, render: formatDateTime },
        { title: t('sync.clock.corrections.reason'), render: (_, c) => correctionReasonText(c, t) },
      ]}
    />
  );
}
